// The scenarios in the order they run (the 1–9 after activation, then first run); ids are what --only takes.
import type { Scenario } from '../scenario';
import { activation } from './activation';
import { compare } from './compare';
import { capture, captureCancel, captureWatch } from './capture';
import { experiment } from './experiment';
import { sampleProfile } from './firstRun';
import { cancelRetry, large } from './large';
import { gopls } from './gopls';
import { lens } from './lens';
import { lensCross } from './lensCross';
import { maps } from './maps';
import { flame, hostile, jumpToSource, malformed, sampleType, sandwichTrees, viewerTop, viewerWide } from './viewer';

export const scenarios: Scenario[] = [
  activation,
  viewerTop,
  viewerWide,
  sampleType,
  flame,
  sandwichTrees,
  jumpToSource,
  malformed,
  hostile,
  compare,
  experiment,
  lens,
  lensCross,
  maps,
  gopls,
  large,
  cancelRetry,
  sampleProfile,
  capture,
  captureCancel,
  captureWatch,
];
