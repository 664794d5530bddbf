// What a scenario is and what it gets: the driven workbench, the workspace, and a place for timings.
import type { Page } from 'playwright-core';
import type { Workbench } from './workbench';

export interface Context {
  wb: Workbench;
  page: Page;
  /** Absolute path of the workspace folder code-server serves. */
  workspace: string;
  /** Named durations in ms, printed at the end of the run. */
  timings: Map<string, number>;
  /** Page errors and console errors seen since the run began (the workbench's own frame). */
  pageErrors: string[];
}

export interface Scenario {
  /** Short id used by `--only` and in screenshot names. */
  id: string;
  title: string;
  run(ctx: Context): Promise<void>;
}
