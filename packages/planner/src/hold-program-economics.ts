import type { SelectorSpec } from '@leaseback/domain';
import { copyPlainData } from './copy-plain-data.js';

/**
 * The revision loop may move the target and relax filters within the policy,
 * never the program's economics: the objective and the program terms (lease
 * term, escalator, accounting basis, tax rate) stay as the original spec states
 * them, so a revision cannot "raise" capacity by shortening the leases or
 * switching the basis the covenants are tested on. `min_npv_cost` keeps the
 * exact strategy it needs.
 */
export function holdProgramEconomics(original: SelectorSpec, revised: SelectorSpec): SelectorSpec {
  const held: SelectorSpec = { ...revised };
  delete held.objective;
  delete held.program_terms;
  if (original.objective !== undefined) held.objective = original.objective;
  if (original.program_terms !== undefined) held.program_terms = copyPlainData(original.program_terms);
  if (original.objective === 'min_npv_cost') held.strategy = 'exact';
  return held;
}
