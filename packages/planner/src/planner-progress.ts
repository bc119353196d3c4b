/**
 * What a run reports as it goes, for progress displays (the CLI's spinner, a
 * job's status). Events say where the run is, never what it decided: the
 * outcome and the trace are the record.
 */
export type PlannerProgressEvent =
  /** The brief has been read into a spec (or a prepared spec taken). */
  | { readonly kind: 'spec_read' }
  /** The engine is about to run for iteration `iteration` of at most `max_iterations`. */
  | { readonly kind: 'iteration'; readonly iteration: number; readonly max_iterations: number }
  /** The model is proposing a revision after an infeasible iteration. */
  | { readonly kind: 'revising'; readonly iteration: number }
  /** The outcome is settled and the summary is being written. */
  | { readonly kind: 'explaining' };

/** A progress event in words: `iteration 2 of at most 5`. */
export function describePlannerProgress(event: PlannerProgressEvent): string {
  switch (event.kind) {
    case 'spec_read':
      return 'spec read from the brief';
    case 'iteration':
      return `iteration ${event.iteration} of at most ${event.max_iterations}: selecting assets`;
    case 'revising':
      return `iteration ${event.iteration}: infeasible, revising the spec`;
    case 'explaining':
      return 'writing the explanation';
  }
}
