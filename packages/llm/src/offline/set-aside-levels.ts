/**
 * Levels of a ratio or a score that a brief gives and then sets aside itself: a suggestion the meeting did not take
 * ("Kwame suggested FCCR at least 1.8x but the committee went with the figure below") and a row of a pasted table
 * marked as replaced ("Max lease-adj. leverage (v2, superseded) | 4.5 | x"). The spans found here are read as
 * nothing by every reader (`BriefText` blanks them), so that the level kept is the one the brief settles on. Money
 * and percentages are left to the readers of figures, which weigh their own corrections.
 */
import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

type Span = { start: number; end: number };

/** Money or a share in a span: figures whose own readers decide what was set aside. */
const MONEY_OR_SHARE = new RegExp(
  String.raw`[$\u20ac\u00a3%]|\b(?:usd|us\$|eur|gbp|percent|per\s+cent|mio|mn|mm|m|bn|million|billion|k)\b|\d\s*(?:${MILLION_SCALE}|${BILLION_SCALE}|k)\b`,
);

/** Who may overrule a suggestion: "the committee", "the board", "we", "everyone else". */
const WHO_DECIDED = String.raw`(?:the\s+(?:committee|board|group|team|meeting|room|lenders?|cfo|ceo|treasurer|panel|rest(?:\s+of\s+(?:us|the\s+(?:group|team|committee)))?)|we|they|everyone(?:\s+else)?|others|the\s+others)`;
/** The verb of the choice made in a suggestion's place: "went with", "settled on", "chose". */
const CHOSE = String.raw`(?:went\s+with|go\s+with|chose|picked|settled\s+on|opted\s+for|agreed\s+on|landed\s+on|decided\s+on|adopted|preferred|kept)`;

/**
 * "Kwame suggested FCCR at least 1.8x but the committee went with the figure below", "Beth proposed leaseability
 * under 0.6, but we settled on a different level": what was suggested, and after "but" a choice that only points to
 * a level given elsewhere ("the figure below", "a different number"). Both are set aside, from the suggestion's verb
 * on; the level given elsewhere is the ask.
 */
const OVERRULED_SUGGESTION = new RegExp(
  String.raw`\b(?:suggested|proposed|floated|pushed\s+for|argued\s+for|asked\s+for|recommended|wanted|pitched|mooted)\s+(?<level>(?:[^.;!?\n]|\.(?=\d)){1,90}?)\s*,?\s+(?:but|however|yet)\s+${WHO_DECIDED}\s+${CHOSE}(?<choice>(?:[^.;!?\n]|\.(?=\d))*)`,
  'g',
);
/** A choice that only points to a level given elsewhere: "the figure below", "a different number", "another one". */
const POINTS_ELSEWHERE =
  /^\s*(?:(?:the|a|an|another)\s+)?(?:(?:different|other|lower|higher|tighter|looser|new|final)\s+)?(?:figure|number|level|one|value|limit|setting)?(?:\s+(?:below|beneath|underneath|further\s+down|that\s+follows|in\s+the\s+(?:list|minutes|next\s+section)))?\s*$/;

/**
 * "Max lease-adj. leverage (v2, superseded) | 4.5 | x", "Min FCCR (old)\t1.8", "Max criticality (replaced): 0.6": a
 * row whose label says in brackets that its value has been replaced; a later row gives the value in force.
 */
const REPLACED_ROW =
  /^[^\S\n]*(?:[-*\u2022][^\S\n]*)?[a-z][^\n|\t:()]{0,60}\([^()\n]*\b(?:superseded|replaced|old|obsolete|outdated|withdrawn|stale|retired)\b[^()\n]*\)[^\S\n]*(?:\||\t|:)[^\n]*/gm;

/** The spans of levels a brief sets aside itself, in the reading copy `lower`. */
export function setAsideLevelSpans(lower: string): Span[] {
  const spans: Span[] = [];
  if (/\b(?:but|however|yet)\b/.test(lower)) {
    for (const match of matchesIn(OVERRULED_SUGGESTION, lower)) {
      const level = match.groups?.['level'] ?? '';
      if (!/\d/.test(level) || MONEY_OR_SHARE.test(level)) continue;
      // A choice with its own level is a counter, read with the level it replaces (`countered-levels.ts`).
      if (!POINTS_ELSEWHERE.test(match.groups?.['choice'] ?? '')) continue;
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  if (/\(/.test(lower)) {
    for (const match of matchesIn(REPLACED_ROW, lower)) {
      const row = match[0];
      if (!/\d/.test(row.slice(row.indexOf(')'))) || MONEY_OR_SHARE.test(row.slice(row.lastIndexOf(')')))) continue;
      spans.push({ start: match.index, end: match.index + row.length });
    }
  }
  return spans;
}
