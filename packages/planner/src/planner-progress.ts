/**
 * One progress event of a planner run: the step just recorded in the audit
 * trace and its iteration, and, for a scenario set, how many of its scenarios
 * have finished. Shared by the CLI's progress display and the API's job
 * progress, so both show the same steps.
 */
export interface PlannerProgress {
  /** The audit step just recorded (`spec_generated`, `engine_run`...) or a set's own step (`scenarios_defined`). */
  readonly step: string;
  /** 0 while reading the brief, then 1.. for each engine iteration. */
  readonly iteration: number;
  /** Scenarios of a set finished so far (0 for a single run). */
  readonly scenarios_done: number;
  /** Scenarios in the set (0 for a single run, and until the definitions are known). */
  readonly scenarios_total: number;
}

/** Receives progress events; must not throw (a throwing listener is ignored so the run goes on). */
export type PlannerProgressListener = (progress: PlannerProgress) => void;

/** Calls a listener without letting it break the run it observes. */
export function notifyProgress(listener: PlannerProgressListener | undefined, progress: PlannerProgress): void {
  if (listener === undefined) return;
  try {
    listener(progress);
  } catch {
    // Progress is a side channel: a failing display must not fail the plan.
  }
}

/** A progress event in words for a terminal: `iteration 2: selecting assets`, `scenario 3 of 5 finished`. */
export function describePlannerProgress(progress: PlannerProgress): string {
  const scenarios =
    progress.scenarios_total > 0
      ? ` (scenario ${Math.min(progress.scenarios_done + 1, progress.scenarios_total)} of ${progress.scenarios_total})`
      : '';
  switch (progress.step) {
    case 'spec_generated':
      return `spec read from the brief${scenarios}`;
    case 'engine_run':
      return `iteration ${progress.iteration}: assets selected${scenarios}`;
    case 'spec_revised':
    case 'revision_proposed':
      return `iteration ${progress.iteration}: infeasible, revising the spec${scenarios}`;
    case 'explanation':
      return `writing the explanation${scenarios}`;
    case 'scenarios_defined':
      return `${progress.scenarios_total} scenarios defined`;
    case 'scenario_finished':
      return `scenario ${progress.scenarios_done} of ${progress.scenarios_total} finished`;
    default:
      return `${progress.step.replaceAll('_', ' ')}${progress.iteration > 0 ? ` (iteration ${progress.iteration})` : ''}${scenarios}`;
  }
}
