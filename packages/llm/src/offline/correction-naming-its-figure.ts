/**
 * A correction that names which figure it corrects after its new figure: "$190M, floor $160M" then "correction, $185M
 * target; floor unchanged". The new figure replaces the last earlier amount of the role it names (the ask here), not
 * the amount written just before the correction (the floor). Read by `superseded-figures.ts`.
 */
import { CORRECTED_FIGURE } from './corrected-figure.js';
import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** A currency mark or code, or a money scale ending the figure. */
const MONEY_MARK_OR_SCALE_AT_END = new RegExp(String.raw`\$|usd|(?:${MILLION_SCALE}|${BILLION_SCALE}|b)\s*$`);

/** The two roles an amount of a brief may have: the ask, or the floor below it. */
type AmountRole = 'ask' | 'floor';

/** The correction words, then the new figure and the role it names: "correction, $185M target". */
const CORRECTION_NAMING_ITS_FIGURE = new RegExp(
  String.raw`\b(?<words>(?:correction|actually|sorry|make\s+(?:that|it))[\s,:;.-]*)(?<later>${CORRECTED_FIGURE})[^\S\n]+(?:(?:as\s+)?(?:the|our)[^\S\n]+)?(?<role>target|ask|raise|floor|minimum|min)(?![a-z])`,
  'g',
);
/** An amount (money only) anywhere before the correction, to weigh as the one corrected. */
const EARLIER_MONEY = new RegExp(CORRECTED_FIGURE, 'g');
/** A floor's label right before its figure: "floor $160M", "min: 140", "minimum of $120M". */
const FLOOR_LABEL_BEFORE = /\b(?:floor|min(?:imum)?|fallback)[^\S\n]*(?:[:=]|of|at|is)?[^\S\n]*$/;
/** An ask's label right before its figure: "target $190M", "ask: 200". */
const ASK_LABEL_BEFORE = /\b(?:target|ask|raise)[^\S\n]*(?:[:=]|of|at|is)?[^\S\n]*$/;
/** A floor's name right after its figure: "$160M floor", "140 minimum". */
const FLOOR_NAMED_AFTER = /^[^\S\n]+(?:floor|min(?:imum)?)(?![a-z])/;

/** The role a correction's word names: the ask ("target", "ask", "raise") or the floor ("floor", "minimum"). */
function roleNamed(word: string): AmountRole {
  return /^(?:floor|min)/.test(word) ? 'floor' : 'ask';
}

/** Whether a figure, by its unit and mark, is money: "$160M", "185m", "1.2bn". */
function isMoney(figure: string): boolean {
  return MONEY_MARK_OR_SCALE_AT_END.test(figure.trim());
}

/** The role of the amount at `start` to `end` in `lower` by the label beside it; an amount with none is the ask. */
export function roleOfAmountAt(lower: string, start: number, end: number): AmountRole {
  const before = lower.slice(Math.max(0, start - 24), start);
  if (FLOOR_LABEL_BEFORE.test(before) || FLOOR_NAMED_AFTER.test(lower.slice(end, end + 12))) return 'floor';
  return 'ask';
}

/**
 * The role a correction's new figure, ending at `end`, names after it ("$185M target"): undefined when the figure names
 * none.
 */
export function roleNamedAfterCorrection(lower: string, end: number): AmountRole | undefined {
  const named = /^[^\S\n]+(?:(?:as\s+)?(?:the|our)[^\S\n]+)?(target|ask|raise|floor|minimum|min)(?![a-z])/.exec(lower.slice(end, end + 20));
  return named?.[1] === undefined ? undefined : roleNamed(named[1]);
}

/** Whether an earlier amount is labelled as an ask ("target $190M"), which a floor's correction never replaces. */
function labelledAsk(lower: string, start: number): boolean {
  return ASK_LABEL_BEFORE.test(lower.slice(Math.max(0, start - 24), start));
}

/**
 * The spans to read as nothing for each correction naming its figure's role: the last earlier amount of that role
 * (within the few lines before), and the correction words, so that the new figure stands in its place.
 */
export function correctionNamingItsFigureSpans(lower: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (!/\b(?:correction|actually|sorry|make\s+(?:that|it))\b/.test(lower)) return spans;
  for (const match of matchesIn(CORRECTION_NAMING_ITS_FIGURE, lower)) {
    const later = match.groups?.['later'] ?? '';
    if (!isMoney(later)) continue;
    const role = roleNamed(match.groups?.['role'] ?? '');
    const reach = Math.max(0, match.index - 300);
    let corrected: { start: number; end: number } | undefined;
    for (const earlier of matchesIn(EARLIER_MONEY, lower.slice(reach, match.index))) {
      const start = reach + earlier.index;
      const end = start + earlier[0].trimEnd().length;
      if (!isMoney(earlier[0])) continue;
      const earlierRole = roleOfAmountAt(lower, start, end);
      if (earlierRole !== role || (role === 'floor' && labelledAsk(lower, start))) continue;
      corrected = { start, end };
    }
    if (corrected === undefined) continue;
    spans.push(corrected, { start: match.index, end: match.index + (match.groups?.['words'] ?? '').length });
  }
  return spans;
}
