/**
 * Levels planned inside a covenant. A brief often states the lenders' covenant and then, in the same or the next
 * sentence, the level the company means to hold: a figure ("the covenant is 4.0x and we'll plan to 3.7x", "model at
 * 3.25x", "management has set an internal ceiling of 3.6x") or a cushion taken off the covenant ("stay half a turn
 * inside that", "we want 0.25x of headroom", "a cushion of 0.25x on top"). The planned level is the limit the
 * selection must respect; the covenant stays read too, and the caller keeps the tighter of the two.
 */
import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';
import { restOfSentenceAndNext } from './sentence-start.js';

/**
 * Verbs that set the level the company runs at, right before the figure: a multiple, or a bare decimal ("I want 3.0
 * to be safe") as a covenant's level is often written. "Run" needs no "at": "let's run 1.6x to keep some room".
 * A model or a management "to" the level counts as "at" ("model to 3.6x", "managed to 3.75x"), and so do a hold on
 * oneself ("we'll hold ourselves to 2.0"), an internal figure ("uses an internal 2.2x") and a level named as such
 * ("plan to a level of 3.50:1.00"), a run "to" the level ("we run to 1.7x internally"), a wish to be at it
 * ("management wants to be at 3.4 times or less"), a level dictated in words that ends its clause ("plan to three and a quarter."), a company held to it by name ("this time hold Northwind to 3.25x"), and a plan made
 * with a level ("we plan with 3.75x for headroom"), and a model after "so" with no "at" ("we want headroom, so model 3.25x"),
 * a test run to a level ("we test to 3.5x internally"), and a working or board level named as such ("our working cap is
 * 3.2x", "our board policy is 2.0x"), a plain hold ("keep a cushion and hold 3.6x"), and a stay inside the covenant with
 * the level after a dash ("I want to stay well inside that - 3.5 times"), a planning limit or floor named as such
 * ("management's planning limit is 4.5x", "a planning floor of two times"), what the board or a committee wants ("our
 * board wants us planning to 3.25x", "the board wants 2.25x", "the board wants us at three and a quarter after the
 * deal"), a target labelled for after the deal ("Company target post-close: 3.0x"), and a stay with its bound ("but we
 * want to stay at or under 3.0x as our working line"), and a hold to a limit named as such after a cushion is asked for ("we
 * want some cushion on top of that, so hold us to a minimum of 1.75"), and a figure offered after a cushion is asked for
 * ("please keep some cushion; let's say 3.75").
 */
const PLANNED_LEVEL = new RegExp(
  String.raw`\b(?:planning\s+(?:level|figure|limit|ceiling|cap|floor|maximum|minimum)(?:\s+(?:per|for|of|set\s+by)\s+[a-z]+)?(?:\s*:|\s+(?:is|of|at))|(?:board|committee|management|chair|ceo|cfo|treasurer|lenders?|owners?|sponsors?)\s+wants?(?:\s+us)?(?:\s+(?:at|to\s+be\s+at|planning\s+(?:to|at)))?|target(?:s|ing)?(?:\s+(?:post|after)[-\s]?(?:close|closing|deal|sale))?\s*:|planned\s+(?:at|to|on)|plan(?:s|ning)?(?:\s+(?:to|at|on|for|with))?|run(?:s|ning)?(?:\s+(?:it|this|that|the\s+[a-z]+))?(?:\s+(?:at|to))?|(?:wants?|needs?)\s+to\s+(?:be|stay|sit)\s+at|use|uses|using|apply|applies|applying|model(?:s|led|ling)?(?:\s+it)?(?:\s+(?:at|to)|(?<=\bso\s+(?:we(?:'ll|\s+will)?\s+)?model)(?=\s+\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)(?![a-z])))|manag(?:e|es|ed|ing)(?:\s+it)?\s+(?:at|to)|hold(?:s|ing)?\s+(?:ourselves|itself|themselves|us|it|them|(?:the\s+)?[a-z]{3,}(?<!back|off|out|true))\s+to|stay(?:s|ing)?\s+at(?!\s+or\b)|stay(?:s|ing)?\s+(?:at\s+or\s+(?:under|below|above)|under|below|above)|stay(?:s|ing)?\s+(?:well\s+|comfortably\s+|safely\s+)?(?:inside|within|under|below)\s+(?:that|it|this|the\s+(?:covenant|limit|cap|ceiling))\s*(?:[-\u2013\u2014:,]{1,2}|,?\s+at)|hold(?:s|ing)?(?:\s+(?:it|us|that))?(?:\s+at)?(?=\s+\d)|keep(?:s|ing)?\s+it\s+at|target(?:s|ing)?|aim(?:s|ing)?\s+(?:for|at)|want\s+it\s+at|(?:would|'d)\s+like|(?:let(?:'|\u2019)?s|let\s+us)\s+say|work(?:s|ing)?\s+(?:to|at)|(?:i|we)\s+want|internal\s+(?:policy\s+)?(?:ceiling|cap|limit|maximum|max|minimum|min|floor|policy)(?:\s+(?:of|at|is))?|test(?:s|ing|ed)?\s+(?:it\s+)?(?:to|at)|(?:working|board|house)\s+(?:ceiling|cap|limit|maximum|minimum|floor|policy|level)(?:\s+(?:of|at|is))?)\s+(?:an?\s+)?(?:internal\s+|(?:level|figure)\s+of\s+|(?<=\bhold(?:s|ing)?\s+[a-z]+\s+to\s+an?\s+)(?:minimum|maximum|floor|ceiling)\s+of\s+)?(?:at\s+)?(?:(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|:1|times)(?![a-z])|(?<bare>\d+\.\d+)(?![\d.]|[^\S\n]*(?:%|percent|m\b|mm|mn|million|bn|billion|k\b|years?|yrs?|x))|(?<words>${WORD_MULTIPLE})[^\S\n]*(?:times|turns|x)(?![a-z])(?:[^\S\n]*\(\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)\))?|(?<spoken>${WORD_MULTIPLE})(?=[^\S\n]*(?:[.;,!?\n]|$|(?:after|post)[-\s](?:the\s+)?(?:deal|sale|close|closing|slb|transaction)\b)))(?![^\S\n]*(?:of\s+)?(?:headroom|cushion|buffer|room|slack)(?!-))`,
  'g',
);
/**
 * A multiple or a number of turns of cushion: "0.25x of headroom", "a 0.15x cushion", "a cushion of 0.25x", "half a turn
 * inside that", and the turn as one word with its fraction: "a half-turn of cushion", "a quarter-turn of headroom".
 */
const CUSHION =
  /(?:(?<words>half\s+a|a\s+quarter(?:\s+of\s+a)?|a|one|(?:a\s+)?(?:half|quarter|full))[-\s]turn|(?<figure>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|turns?)(?![a-z]))(?:[^\S\n]+(?:of[^\S\n]+)?(?:headroom|cushion|buffer|room|slack)\b(?!-)|[^\S\n]+(?:inside|below|under|within|tighter\s+than|above|over)[^\S\n]+(?:that|it|this|the\s+(?:covenant|limit|test|cap|floor|minimum)))|\b(?:headroom|cushion|buffer)[^\S\n]+of[^\S\n]+(?<after>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|turns?)(?![a-z])/g;
/** Words that make a cushion the result of the figure before it: "so we keep", "which leaves", "leaving us". */
const LEFT_BY_FIGURE =
  /\b(?:which\s+(?:leaves|gives|keeps)|leaving|giving|so\s+(?:that\s+)?(?:we|it)\s+(?:keep|keeps|have|has|retain|retains))(?:\s+(?:us|it))?\s+$/;
/** Only a comma or an opening bracket between a figure and what follows it: an apposition. */
const APPOSITION = /^[^\S\n]*[,(][^\S\n]*$/;
/** A cushion given as a distance from the covenant ("0.55x above the covenant"), not as an amount of headroom. */
const RELATION = /\b(?:inside|below|under|within|tighter|above|over)\b/;
/** A multiple written in figures, "3.75x", "1.5:1". */
const MULTIPLE = /(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|:1|times)(?![a-z])/g;
/**
 * Another covenant or filter named after the covenant: its figures are its own. "Fixed-charge cover" counts as
 * coverage: "the covenant on fixed-charge cover is 1.5x; the board wants 2.25x" is no net leverage plan.
 */
const OTHER_METRIC =
  /\b(?:leverage|lev\b|lal\b|nl\b|lease[-\s]adj|coverage|cover\b|fixed[-\s]charges?\b|fccr|fcc\b|cov\b|ebitdar?|criticality|leaseability|rent|market|debt)/;

/**
 * A ratio's own name written right after its figure, as its unit: "3.75x net debt/EBITDA", "3.5x net leverage", and
 * the earnings the multiple is of ("debt up to 4.0 times EBITDA").
 */
const FIGURE_UNIT =
  /^[^\S\n]*(?:(?:net|total)\s+)?(?:(?:net\s+)?debt\s*(?:\/|-to-|\s+to\s+|\s+over\s+)\s*ebitdar?|leverage|(?:(?:a\s+year(?:'s|\u2019s)|annual|yearly|our)\s+)?(?:ebitdar?|earnings))(?![a-z])/;

/** Words that show a cushion or a planned level is a hope only, never a limit: "today", "currently". */
const PRESENT_LEVEL = /\b(?:today|currently|right\s+now|at\s+present)\b/;

/** A planned level's value: its figure, or its words ("two and a half times"). */
function levelValue(groups: Readonly<Record<string, string | undefined>>): number {
  // "plan to three and a quarter.": a level in words with no unit, at the end of its clause, is a multiple only when
  // it is spoken as one, with a decimal or a fraction.
  const spoken = groups['spoken'];
  if (spoken !== undefined) return /\s(?:point|and)\s/.test(spoken) ? numberValue(spoken) : Number.NaN;
  const words = groups['words'];
  return words === undefined ? Number(groups['value'] ?? groups['bare']) : numberValue(words);
}

/** A cushion in words as a multiple: half a turn is 0.5x. */
function turnsInWords(words: string): number {
  if (words.includes('half')) return 0.5;
  if (words.includes('quarter')) return 0.25;
  return 1;
}

/**
 * The levels planned inside each covenant in `covenants` (bounds already read for one metric), in the metric's safe
 * direction: lower for an upper limit (leverage), higher for a lower limit (coverage). A cushion is computed on the
 * covenant exactly and rounded to four decimals. Claims the words it read.
 */
export function readPlannedLevels(text: BriefText, covenants: readonly FoundBound[], direction: 'upper' | 'lower'): FoundBound[] {
  const found: FoundBound[] = [];
  for (const covenant of covenants) {
    const window = plannedWindow(text, covenant.end);
    if (window.length === 0 || PRESENT_LEVEL.test(window)) continue;
    const planned: { value: number; start: number; end: number }[] = [];
    for (const match of window.matchAll(PLANNED_LEVEL)) {
      planned.push({
        value: levelValue(match.groups ?? {}),
        start: match.index,
        end: match.index + match[0].length,
      });
    }
    for (const match of window.matchAll(CUSHION)) {
      const groups = match.groups ?? {};
      const written = groups['figure'] ?? groups['after'];
      const cushion = written === undefined ? turnsInWords(groups['words'] ?? '') : Number(written);
      // "must be <= 3.50x (covenant of 3.75x less a 0.25x cushion)": the cushion is taken off the multiple nearest before it.
      const before = [...window.slice(0, match.index).matchAll(MULTIPLE)].at(-1);
      const base = before === undefined ? covenant.value : Number(before.groups?.['value']);
      // "planned at 2.3x, 0.55x above the covenant": a distance from the covenant set right after a figure describes
      // that figure; it is no cushion to add to it.
      const gap = window.slice(before === undefined ? 0 : before.index + before[0].length, match.index);
      if (APPOSITION.test(gap) && RELATION.test(match[0])) continue;
      // "the covenant is 4.0x; plan to 3.5x so we keep half a turn of headroom": a cushion the figure before it leaves
      // says why that figure was chosen; it is no cushion to take off it again.
      if (LEFT_BY_FIGURE.test(window.slice(0, match.index))) continue;
      // "(net leverage 3.5x) ... keeps net leverage at or below 3.25x — a quarter-turn cushion": a cushion that is
      // exactly the distance from this limit to another one stated names the gap between the two; it is no further cut.
      const away = direction === 'upper' ? base + cushion : base - cushion;
      if (before === undefined && covenants.some((other) => Math.abs(other.value - away) < 1e-9)) continue;
      if (!(cushion > 0 && cushion < base)) continue;
      const value = direction === 'upper' ? base - cushion : base + cushion;
      planned.push({ value: Math.round(value * 1e4) / 1e4, start: match.index, end: match.index + match[0].length });
    }
    for (const level of planned) {
      const start = covenant.end + level.start;
      const end = covenant.end + level.end;
      const inside = direction === 'upper' ? level.value < covenant.value : level.value > covenant.value;
      if (!inside || !(level.value > 0) || !text.isFree(start, end)) continue;
      found.push({ value: level.value, start, end });
      text.claim(start, end);
    }
  }
  return found;
}

/**
 * The text after a covenant where its planned level may stand: the rest of its sentence and the next one, at most
 * 220 characters, cut where another metric is named.
 */
function plannedWindow(text: BriefText, from: number): string {
  const window = restOfSentenceAndNext(text.lower, from, 220);
  // "Our gearing covenant is 3.75x net debt/EBITDA and we plan to 3.5x": the metric's name right after the figure
  // says what the figure measures; it names no other covenant.
  const unit = FIGURE_UNIT.exec(window)?.[0].length ?? 0;
  const other = OTHER_METRIC.exec(window.slice(unit));
  return other === null ? window : window.slice(0, unit + other.index);
}
