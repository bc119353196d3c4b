import type { AccountingBasis, SelectionObjective } from '@leaseback/domain';
import type { EconomicsReading } from './read-economics.js';

// What a reading of the economics puts into a spec, and the strategy its objective needs: apart from the reading
// (`read-economics.ts`), since it decides between fields rather than reading wording.

/** The spec fields a reading of the economics gives. */
export interface EconomicsSpecFields {
  readonly objective?: SelectionObjective;
  readonly program_terms?: { lease_term_years?: number; rent_escalator?: number; accounting_basis?: AccountingBasis; tax_rate?: number };
  /** The strategy the objective needs, when it differs from what the brief said. */
  readonly strategy?: 'exact';
}

/**
 * Turns an economics reading into spec fields: `program_terms` for what the
 * brief states, the `min_npv_cost` objective with the exact strategy it
 * needs, and a stated `min_proceeds` objective as stated, with the exact strategy
 * unless the brief names the greedy rule (with it, the objective is valid and
 * changes nothing). A brief that names the greedy rule and asks for the cheapest
 * capital keeps greedy and drops the objective, and says so in `assumptions`.
 */
export function economicsSpecFields(
  economics: Omit<EconomicsReading, 'unrecognized'> | undefined,
  strategy: 'greedy' | 'exact' | undefined,
  assumptions: string[],
): EconomicsSpecFields {
  if (economics === undefined) return {};
  const { objective, ...terms } = economics;
  const fields: { -readonly [Key in keyof EconomicsSpecFields]: EconomicsSpecFields[Key] } = {};
  if (Object.keys(terms).length > 0) fields.program_terms = { ...terms };
  // Stated, so carried as the brief's choice rather than left to the default it happens to equal.
  if (objective === 'min_proceeds') {
    fields.objective = objective;
    // An objective is what the exact strategy optimises (the greedy rule has none), so a brief
    // that names one without naming a strategy asks for the exact one; a named greedy rule wins.
    if (strategy === undefined) {
      fields.strategy = 'exact';
      assumptions.push('the minimum-proceeds objective was named, which the exact strategy optimises');
    }
  }
  if (objective === 'min_npv_cost') {
    if (strategy === 'greedy') {
      assumptions.push(
        'the brief asks for the cheapest capital and for the greedy rule; the cheapest-capital objective needs the exact strategy, so greedy was kept and the objective dropped',
      );
    } else {
      fields.objective = objective;
      if (strategy === undefined) {
        fields.strategy = 'exact';
        assumptions.push('cheapest capital read as the min_npv_cost objective, which uses the exact strategy');
      }
    }
  }
  return fields;
}
