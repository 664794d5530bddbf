// The scenarios in the order they run; ids are what --only takes.
import type { Scenario } from '../scenario';
import { activation } from './activation';

export const scenarios: Scenario[] = [activation];
