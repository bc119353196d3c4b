import type { SelectorSpec } from '@leaseback/domain';
import { SPEC_FIELDS, valueAt } from './spec-fields.js';

/** A spec in four plain lines: the amounts and strategy, the covenants, the filters, the program's lease terms. */
export interface SpecDescription {
  /** `target $150M, floor $120M, strategy greedy`. */
  readonly amounts: string;
  /** `net leverage ≤ 3.50x, fixed-charge coverage ≥ 2.00x`. */
  readonly covenants: string;
  /** `criticality ≤ 0.70, types warehouse`, or `none`. */
  readonly filters: string;
  /** `leases of 20 years, IFRS 16 basis`, or `as in the portfolio` when the spec states none. */
  readonly terms: string;
}

const termsUnder = (spec: SelectorSpec, first: string): string[] =>
  SPEC_FIELDS.filter((field) => field.path[0] === first)
    .map((field) => ({ field, value: valueAt(spec, field.path) }))
    .filter(({ value }) => value !== undefined && value !== null)
    .map(({ field, value }) => field.term(value));

/** Describes the terms of a selector spec for people. */
export function describeSpec(spec: SelectorSpec): SpecDescription {
  const amounts = [
    ...termsUnder(spec, 'target_amount'),
    ...termsUnder(spec, 'floor_amount'),
    ...termsUnder(spec, 'strategy'),
    ...termsUnder(spec, 'objective'),
  ];
  const covenants = termsUnder(spec, 'hard_constraints');
  const filters = termsUnder(spec, 'asset_filters');
  // Terms the spec leaves out come from each asset's own lease figures or the portfolio's defaults.
  const terms = termsUnder(spec, 'program_terms');
  return {
    amounts: amounts.join(', '),
    covenants: covenants.length > 0 ? covenants.join(', ') : 'none',
    filters: filters.length > 0 ? filters.join(', ') : 'none',
    terms: terms.length > 0 ? terms.join(', ') : 'as in the portfolio',
  };
}
