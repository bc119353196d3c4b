import type { Job } from '@leaseback/domain';

/** Where a run usually is, as a share of the whole, after each step the planner reports. */
const RUN_STEP_SHARE: Readonly<Record<string, number>> = {
  spec_generated: 0.3,
  overrides_applied: 0.35,
  engine_run: 0.6,
  policy_checked: 0.7,
  spec_revised: 0.75,
  explanation: 0.95,
};

/**
 * A job's progress as a fraction 0..1 for the progress bar: for a set, the
 * scenarios done of total (with a sliver for the one under way); for a run,
 * the share of its last step. 1 once finished.
 */
export function progressFraction(job: Pick<Job, 'status' | 'kind' | 'progress'>): number {
  if (job.status === 'completed' || job.status === 'failed' || job.status === 'cancelled') return 1;
  if (job.status === 'queued') return 0;
  const { step, scenarios_done: done, scenarios_total: total } = job.progress;
  if (job.kind === 'scenario_set') {
    if (total === 0) return 0.05;
    return Math.min(0.99, (done + (done < total ? 0.5 : 0)) / total);
  }
  return step === null ? 0.05 : (RUN_STEP_SHARE[step] ?? 0.5);
}

/** A short line saying where a job is, e.g. `Scenario 2 of 5 done`. */
export function progressLabel(job: Pick<Job, 'status' | 'kind' | 'progress' | 'error'>): string {
  if (job.status === 'queued') return 'Queued';
  if (job.status === 'completed') return 'Done';
  if (job.status === 'cancelled') return 'Cancelled';
  if (job.status === 'failed') return `Failed: ${job.error?.message ?? 'unknown error'}${job.error ? ` (${job.error.code})` : ''}`;
  const { step, iteration, scenarios_done: done, scenarios_total: total } = job.progress;
  if (job.kind === 'scenario_set') return total === 0 ? 'Proposing scenarios' : `Scenario ${done} of ${total} done`;
  if (step === null) return 'Starting';
  return `${step.replaceAll('_', ' ')}${iteration > 0 ? `, iteration ${iteration}` : ''}`;
}
