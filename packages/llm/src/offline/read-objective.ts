import type { SelectionObjective } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import { CONSIDERED_NOT_ADOPTED, NOT_ADOPTED_CUE } from './set-aside-economics.js';
import { CHEAPEST_CAPITAL, MIN_PROCEEDS_IN_WORDS, MIN_PROCEEDS_OBJECTIVE, MIN_PROCEEDS_PLAIN } from './objective-wording.js';
import { MIN_PROCEEDS_LEAST_SALE } from './least-sale-wording.js';
import {
  CHEAPEST_OVER_THE_LEASES,
  CHEAPEST_OVER_THE_LEASES_WORD,
  MIN_PROCEEDS_SALE_SIZE,
  MIN_PROCEEDS_TURNED_DOWN,
  NPV_COST_TURNED_DOWN,
  OVERSHOOT_TURNED_DOWN,
  OVERSHOOT_TURNED_DOWN_WORD,
  SALE_SIZE_OBJECTIVE_WORD,
} from './sale-size-objective-wording.js';
import { MIN_PROCEEDS_NEAR_TARGET, NEAR_TARGET_WORD } from './near-target-wording.js';
import { debatedObjectives } from './debated-objective.js';
import { LOW_LEASE_COST_WORD, NPV_COST_LOW_AS_WHAT_MATTERS } from './low-lease-cost-as-what-matters-most.js';
import {
  JUST_ENOUGH_OBJECTIVE_WORD,
  MIN_PROCEEDS_JUST_ENOUGH,
  OBJECTIVE_NPV_SHORT,
  PRESENT_VALUE_COST_KEPT_LOW,
} from './just-enough-objective-wording.js';
import {
  CHEAPEST_COST_FORMS,
  NPV_COST_MIN_LAST,
  MIN_PROCEEDS_SHORTHAND,
  OPTIMAL_ON_COST,
  OPTIMAL_ON_COST_WORD,
  SHORTHAND_OBJECTIVE_WORD,
} from './overshoot-and-cost-wording.js';
import { SPELLED_NPV_COST } from './dictated-economics-wording.js';
import { preferReply, type QuotedLine } from './reply-above-quoted-message.js';
import { DISCOUNTING_WORD, NPV_COST_BY_DISCOUNTING } from './discounted-cost-objectives.js';
import { LONG_RUN_COST_WORD, NPV_COST_OVER_LEASE_LIVES } from './long-run-cost-objectives.js';
import { OBJECTIVE_ANSWERED_IN_THREAD, answeredObjective } from './thread-objective-answers.js';
import {
  LEAST_OVERSHOOT_WORD,
  MIN_PROCEEDS_LEAST_OVERSHOOT,
  NPV_COST_LEAST_AGAINST_BORROWING,
} from './least-overshoot-objective-wording.js';
import {
  LEASE_YEARS_OBJECTIVE_WORD,
  MIN_PROCEEDS_CLOSEST_FIT_ABOVE,
  NPV_COST_ACROSS_LEASE_YEARS,
} from './cheapest-over-the-lease-years.js';
import {
  FOR_US_OVER_THE_YEARS_WORD,
  MIN_PROCEEDS_JUST_CLEARS,
  NPV_COST_FOR_US_OVER_THE_YEARS,
  UNTICKED_OPTION,
  UNTICKED_ROUND_OPTION,
} from './cheapest-for-us-over-the-years.js';
import {
  CHEAPEST_FOR_THE_COMPANY_OVER_THE_LEASE,
  LEAST_SOLD_OR_CHEAPEST_WORD,
  LEAST_SOLD_OVER_FIGURE,
} from './least-sold-and-proven-search-wording.js';
import {
  MIN_PROCEEDS_ONLY_WHAT_IS_NEEDED,
  NPV_COST_CHEAPEST_OVER_THE_YEARS,
  ONLY_WHAT_IS_NEEDED_WORD,
} from './only-what-is-needed-objectives.js';
import { MIN_PROCEEDS_SET_RAISING_LEAST, RAISING_LEAST_WORD } from './least-raising-set-objective.js';
import { MIN_PROCEEDS_OVER_FIGURE, MIN_PROCEEDS_OVER_FIGURE_WORD } from './least-proceeds-over-figure.js';
import { LEAST_OVER_TIME_WORD, MIN_PROCEEDS_LEAST_THAT_CLEARS, NPV_COST_LEAST_OVER_TIME } from './least-cost-over-time-objectives.js';

// The objective's part of `readEconomics`, in its own module: it runs last, after the terms, escalators, tax rates and
// basis have claimed their figures, with the same claiming pass, so that its readings are those it always gave.

/** The claiming pass of `readEconomics`: each free match of a pattern claimed, and used unless the brief set it aside. */
export type ClaimAll = (pattern: RegExp, use: (match: RegExpExecArray) => void) => void;

/**
 * Reads the selection objective: every wording of the least proceeds and the cheapest capital, in text order, so that
 * the last one named wins (a correction); an objective considered and not adopted, or turned down, is read as nothing.
 * A reply's objective wins over one in the lines it quotes from an earlier message (`quoted`).
 */
export function readObjective(text: BriefText, claimAll: ClaimAll, quoted: readonly QuotedLine[] = []): SelectionObjective | undefined {
  // "Lowest NPV cost was considered as the objective, but the committee did not adopt it": nothing is read from it.
  if (NOT_ADOPTED_CUE.test(text.lower)) claimAll(CONSIDERED_NOT_ADOPTED, () => undefined);
  // "Rather than the smallest overshoot": the objective turned down is read as nothing, before any reader takes it.
  if (OVERSHOOT_TURNED_DOWN_WORD.test(text.lower)) claimAll(OVERSHOOT_TURNED_DOWN, () => undefined);
  // "[x] least overshoot [ ] cheapest NPV": an option left unticked beside a ticked one is read as nothing, first.
  const forUsWording = FOR_US_OVER_THE_YEARS_WORD.test(text.lower);
  if (forUsWording && text.lower.includes('[')) claimAll(UNTICKED_OPTION, () => undefined);
  if (forUsWording && /\( ?\)/.test(text.lower)) claimAll(UNTICKED_ROUND_OPTION, () => undefined);
  // Both objectives in text order, so that the last one named wins (a correction).
  const objectives: { objective: SelectionObjective; start: number }[] = [];
  // A debate with its winner named is read whole first, so that the loser's objective is never read.
  for (const debate of debatedObjectives(text.lower)) {
    if (!text.isFree(debate.start, debate.end)) continue;
    text.claim(debate.start, debate.end);
    objectives.push({ objective: debate.objective, start: debate.start });
  }
  if (text.lower.includes(':') && text.lower.includes('\n'))
    claimAll(OBJECTIVE_ANSWERED_IN_THREAD, (match) =>
      objectives.push({ objective: answeredObjective(match[1] ?? ''), start: match.index }),
    );
  // "Lowest cost over the lease life, not smallest proceeds": the objective turned down is read as nothing.
  if (text.lower.includes('proceeds')) claimAll(MIN_PROCEEDS_TURNED_DOWN, () => undefined);
  claimAll(NPV_COST_TURNED_DOWN, () => undefined);
  claimAll(MIN_PROCEEDS_OBJECTIVE, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
  claimAll(MIN_PROCEEDS_IN_WORDS, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
  claimAll(MIN_PROCEEDS_PLAIN, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
  claimAll(MIN_PROCEEDS_LEAST_SALE, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
  if (SALE_SIZE_OBJECTIVE_WORD.test(text.lower))
    claimAll(MIN_PROCEEDS_SALE_SIZE, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
  if (CHEAPEST_OVER_THE_LEASES_WORD.test(text.lower))
    claimAll(CHEAPEST_OVER_THE_LEASES, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  if (NEAR_TARGET_WORD.test(text.lower))
    claimAll(MIN_PROCEEDS_NEAR_TARGET, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
  if (SHORTHAND_OBJECTIVE_WORD.test(text.lower)) {
    claimAll(MIN_PROCEEDS_SHORTHAND, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
    for (const form of CHEAPEST_COST_FORMS) claimAll(form, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  }
  claimAll(SPELLED_NPV_COST, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  if (JUST_ENOUGH_OBJECTIVE_WORD.test(text.lower)) {
    claimAll(MIN_PROCEEDS_JUST_ENOUGH, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
    for (const form of [PRESENT_VALUE_COST_KEPT_LOW, OBJECTIVE_NPV_SHORT])
      claimAll(form, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  }
  claimAll(CHEAPEST_CAPITAL, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  // "Objective NPV cost min.": a terse label, tried only where a present value is named.
  if (text.lower.includes('pv')) claimAll(NPV_COST_MIN_LAST, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  if (OPTIMAL_ON_COST_WORD.test(text.lower) && text.lower.includes('cost'))
    claimAll(OPTIMAL_ON_COST, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  if (LEAST_OVERSHOOT_WORD.test(text.lower)) {
    claimAll(MIN_PROCEEDS_LEAST_OVERSHOOT, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
    claimAll(NPV_COST_LEAST_AGAINST_BORROWING, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  }
  if (LONG_RUN_COST_WORD.test(text.lower))
    claimAll(NPV_COST_OVER_LEASE_LIVES, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  if (DISCOUNTING_WORD.test(text.lower))
    claimAll(NPV_COST_BY_DISCOUNTING, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  if (LEAST_OVER_TIME_WORD.test(text.lower)) {
    claimAll(MIN_PROCEEDS_LEAST_THAT_CLEARS, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
    claimAll(NPV_COST_LEAST_OVER_TIME, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  }
  if (LEASE_YEARS_OBJECTIVE_WORD.test(text.lower)) {
    claimAll(MIN_PROCEEDS_CLOSEST_FIT_ABOVE, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
    claimAll(NPV_COST_ACROSS_LEASE_YEARS, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  }
  if (forUsWording) {
    claimAll(MIN_PROCEEDS_JUST_CLEARS, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
    claimAll(NPV_COST_FOR_US_OVER_THE_YEARS, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  }
  // "Sell the minimum that gets us over $100M", "least expensive for the company over the full lease period".
  if (LEAST_SOLD_OR_CHEAPEST_WORD.test(text.lower)) {
    claimAll(LEAST_SOLD_OVER_FIGURE, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
    claimAll(CHEAPEST_FOR_THE_COMPANY_OVER_THE_LEASE, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  }
  // "Sell only as much as we need", "the program that's cheapest over the years".
  if (ONLY_WHAT_IS_NEEDED_WORD.test(text.lower)) {
    claimAll(MIN_PROCEEDS_ONLY_WHAT_IS_NEEDED, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
    claimAll(NPV_COST_CHEAPEST_OVER_THE_YEARS, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  }
  // "Among the sets that clear $190m, pick the one that raises the least": the least proceeds by the set it picks.
  if (RAISING_LEAST_WORD.test(text.lower))
    claimAll(MIN_PROCEEDS_SET_RAISING_LEAST, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
  // "We want the minimum proceeds over $95M": the least raised above the figure, with a verb of wanting before it.
  if (MIN_PROCEEDS_OVER_FIGURE_WORD.test(text.lower))
    claimAll(MIN_PROCEEDS_OVER_FIGURE, (match) => objectives.push({ objective: 'min_proceeds', start: match.index }));
  // "Low lease cost over the whole term is what matters most": the cheapest capital as the priority.
  if (LOW_LEASE_COST_WORD.test(text.lower))
    claimAll(NPV_COST_LOW_AS_WHAT_MATTERS, (match) => objectives.push({ objective: 'min_npv_cost', start: match.index }));
  objectives.sort((left, right) => left.start - right.start);
  return preferReply(objectives, quoted).pop()?.objective;
}
