import type { BoundValueKind } from './read-bounds.js';
import { LOWER_BOUND, NEUTRAL, TRAILING_LOWER, TRAILING_UPPER, UPPER_BOUND } from './comparators.js';
import { datedLevelThenLimit } from './dated-level-then-limit.js';
import { GAP, LISTED_LEVEL, SENTENCE_GAP, SENTENCE_GAP_WITH_FIGURES, WISH, WISH_GAP } from './metric-level-gaps.js';
import { SPOKEN_SCORE, WORD_MULTIPLE } from './written-numbers.js';

/** One form of a limit for one metric, compiled. */
export interface LimitForm {
  readonly regex: RegExp;
  /** True when the number must carry a unit for this form to count (a bare number before a metric is too loose). */
  readonly unitRequired: boolean;
  /** True when a figure with no comparison after words of the present ("currently sits at") is the level today. */
  readonly background: boolean;
}

// The unit stays on the figure's line: in a list of labels, the next line's first word is the next label's. A hyphen
// may join it to the figure ("2-times").
// A number word after a determiner is a pronoun, never a level: "the rating-agency leverage measure, the one that counts
// leases as debt, ...".
const RATIO_VALUE = String.raw`(?<value>\d+(?:\.\d+)?|\.\d+|(?<!\b(?:the|that|this|which|each|any|every|no)\s+)${WORD_MULTIPLE})[^\S\n]*(?<unit>(?:x|\u00d7)(?![a-z])|-?times\b|-?turns?\b)?`;
// "criticality below half", "one half or less": a score of one half in words.
// "criticality ceiling zero point six five": a score read out digit by digit.
const SCORE_VALUE = String.raw`(?<value>\d+(?:\.\d+)?|\.\d+|(?:one\s+|a\s+)?half(?![a-z])|${SPOKEN_SCORE})[^\S\n]*(?<unit>%|percent\b|per\s+cent\b)?`;
/** An adverb that softens a comparison without changing its direction ("comfortably under", "well below"). */
const HEDGE = String.raw`(?:(?:comfortably|well|safely|firmly|strictly|clearly|slightly|just|a\s+(?:bit|little)|somewhat)\s+)?`;
// "Net leverage: no worse than 3.4x": a label's colon may stand before a directionless comparison too, and so may a
// quotation's opening mark ('Lease-Adjusted Leverage: "shall not exceed 5.00 to 1.00"'), and an agreement's "shall be"
// after the colon before a multiple ("FCCR: shall be at least 1.8x"; a score's level has no "x").
const COMPARATOR = String.raw`(?:(?:of|at|is|be|to)\s+|[:=]\s*["\u201c]?(?:shall\s+be\s+(?=[^\n\d]{0,30}\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7|times)\b))?)?${HEDGE}(?:${UPPER_BOUND}|${LOWER_BOUND})|(?:[:=]\s*)?(?:${NEUTRAL})`;
/** Verbs that move a metric: "pushing FCCR below", "let leverage go above", "take coverage under". */
export const MOVE_VERB =
  'caus(?:e|ing)|push(?:ing)?|tak(?:e|ing)|driv(?:e|ing)|let(?:ting)?|bring(?:ing)?|drag(?:ging)?|send(?:ing)?|knock(?:ing)?|tip(?:ping)?|allow(?:ing)?|leav(?:e|ing)';
/**
 * A chat answer's speaker before the level: "Jen:", "Eli 4:03 PM:", "Tom 10:17 AM:", "[Mon 11:03] Joy:", "Luis (CFO):", the time a
 * chat export writes after the name or in brackets before it included.
 */
const ANSWER_SPEAKER = String.raw`(?:(?:\[[^\]\n]{1,20}\][^\S\n]*)?[a-z][a-z.'-]{0,20}(?:[^\S\n][a-z.'-]{1,20})?(?:[^\S\n]*\([^()\n]{1,30}\))?(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:[^\S\n]*)?`;
/**
 * Words that end a question about a metric's level: "FCCR floor for this one?", "interest plus rent covered how many
 * times?", "net leverage after the deal?", "the FCCR floor we're holding?", "what's the most we can keep net
 * debt/EBITDA at?". A past deal's level ("for the last deal")
 * is history and is not among them.
 */
const ASKED_TAIL = String.raw`(?:[^\S\n]+(?:for\s+this\s+(?:one|deal|program(?:me)?|sale|run)|at(?=[^\S\n]*\?)|how\s+many\s+times(?:\s+over)?|after\s+the\s+(?:deal|sale|program(?:me)?|transaction)|we(?:['\u2019]re|\s+are)\s+(?:holding|keeping|using)(?:\s+to)?))?`;
/** Verbs that hold a level where it is ("keep", "hold", "cap", "limit", "maintain"). */
const HOLD = '(?:keep|keeping|hold|holding|cap|capping|limit|limiting|maintain|maintaining|leave|leaving|have|get|manage)';
/**
 * The forms a limit on one metric is written in, for the metric's names (an alternation) and the kind of its value.
 * Why a file of its own: the forms are the vocabulary of limits; `read-bounds.ts` decides which forms run on a brief
 * and what their matches mean.
 */
export function limitForms(metric: string, kind: BoundValueKind): LimitForm[] {
  const value = kind === 'ratio' ? RATIO_VALUE : SCORE_VALUE;
  // A trailing bound stays on its line: in a table, "Min" on the next row is the next row's label, and in a row,
  // "Min FCCR:" after a tab is the next cell's.
  const trailing = String.raw`(?:[^\S\n]*(?<trailing>${TRAILING_UPPER}|${TRAILING_LOWER})(?:\b|(?<=\+))(?![^\S\n]+[a-z][a-z ]{0,20}:))?`;
  return [
    // "The RCF has net leverage at 3.75x but she wants headroom, so use 3.5x as the cap", "net leverage above 3.5x
    // would be a problem, so treat 3.5x as a hard cap": the figure used as the limit, later in the metric's
    // sentence; the level before it is only the covenant's.
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})${SENTENCE_GAP_WITH_FIGURES}\b(?:use|using|take|taking|model|modelling|modeling|set|treat|treating)\s+${value}\s+as\s+(?:the|our|a|an|its)\s+(?:(?:hard|firm|absolute|strict)\s+)?(?<trailing>cap|ceiling|max(?:imum)?|floor|min(?:imum)?)\b`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "Use 2.0x as the minimum fixed-charge coverage", "take 3.5x as the cap on net leverage": the figure named first,
    // then the limit it is used as, then the metric.
    {
      regex: new RegExp(
        String.raw`\b(?:use|using|take|taking|set|treat|treating|assume|assuming|apply|applying)\s+${value}\s+as\s+(?:the|our|a|an)\s+(?:(?:hard|firm|absolute|strict)\s+)?(?<trailing>cap|ceiling|max(?:imum)?|floor|min(?:imum)?)\s+(?:(?:on|for|of)\s+)?(?:(?:the|our)\s+)?(?<metric>${metric})`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "Please use 3.75x net and 4.75x lease-adjusted as the limits": figures each written before their metric, then
    // used as the limits together; a covenant's level said before them is the level they stand in for. Only the figure
    // and its metric are claimed, so that the other pairs of the list are read too.
    {
      regex: new RegExp(
        String.raw`(?<=\b(?:use|using|take|taking|apply|applying|set|model|run\s+with)\s+(?:[^;!?\n]{0,40}?\band\s+)?)${value}[^\S\n]+(?<metric>${metric})(?=(?:\s+and\s+[^;!?\n]{1,40}?)?\s+as\s+(?:the|our)\s+(?:(?:hard|working|internal)\s+)?(?:limits|caps|ceilings|constraints|limit|cap|ceiling)\b)`,
        'g',
      ),
      unitRequired: true,
      background: false,
    },
    // "the net leverage covenant is 3.5x; we'd like a little cushion, so use 3.2x", "leverage is 3.1x today and we'd
    // like to land at no more than 2.75x": a level wished for later in the metric's sentence is the limit; the level
    // before it is the covenant's or today's.
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})${WISH_GAP}(?:${WISH})\s+(?:(?:use|stay|land|be|remain|get|go|come\s+(?:in|down)|end\s+up|keep\s+(?:it|that)|bring\s+it|it|that)\s+)?(?:at\s+)?(?<comparator>${COMPARATOR})?\s*${value}(?![^\S\n]*(?:of\s+)?(?:headroom|cushion|buffer|room|slack)(?!-))${trailing}`,
        'g',
      ),
      unitRequired: true,
      background: false,
    },
    // "FCCR today ~2.4x, must not fall below 2.0x": today's level, then the limit with its subject left out.
    { regex: new RegExp(datedLevelThenLimit(metric, value, trailing), 'g'), unitRequired: false, background: false },
    // "lease-adjusted leverage - we agreed not to let that go above 5.2x": a refusal to let a pronoun for the
    // metric move past the level bounds it on the side it may not move to.
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})${SENTENCE_GAP_WITH_FIGURES}(?:\bnot|\bnever|n't|\bwithout)\s+(?:to\s+)?(?:let(?:ting)?|allow(?:ing)?)\s+(?:it|that|this|the\s+(?:ratio|multiple|metric|number))\s+(?:to\s+)?(?:go|get|rise|climb|run|drift|fall|drop|slip|dip)\s+(?:(?<refusedRise>above|over|beyond|past)|(?<refusedFall>below|under|beneath))\s*${value}${trailing}`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "max leverage 4x", "minimum coverage of 2x"
    {
      regex: new RegExp(
        String.raw`\b(?<comparator>${UPPER_BOUND}|${LOWER_BOUND})\s+(?:(?:the|our|a)\s+)?(?<metric>${metric})\s*(?:(?:of|at|is|=|:)\s*)?${value}${trailing}`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "net leverage below 3.5x", "FCCR of at least 1.5x", "leverage 3.5x max", "the leverage test (5.5x)", and a
    // comma before a word that bounds it: "lease-adjusted leverage, capped at 4.8x", "fixed charge cover, floor 1.6x",
    // or before a dictated level that ends the sentence: "and the lease adjusted leverage, four and a half". A table's
    // cell border may part a sign from its level: "Criticality <= | 0.5" (the border is read as a colon).
    // A bracket that says how rent is capitalised ("(8x rent)") defines the metric and holds no level of it.
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})${GAP}(?:,(?=\s*(?:capped|floor|cap|max(?:imum)?|min(?:imum)?|ceiling)\b)|(?<listed>,)(?=${LISTED_LEVEL}))?\s*(?<comparator>${COMPARATOR})?\s*(?:(?<=[<>=\u2264\u2265])[^\S\n]*:)?\s*(?:\((?![^()\n]{0,30}\brents?\b))?\s*${value}${trailing}\)?`,
        'g',
      ),
      unitRequired: false,
      background: true,
    },
    // "the lease-adjusted ratio currently sits near 4.9x and, after the programme, it must not be higher than
    // 5.2x", "there's a thing called lease-adjusted leverage and ours can't go over five": the limit is the figure a pronoun for the metric is compared with; the level today is background.
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})${SENTENCE_GAP_WITH_FIGURES}\b(?:it|that|this|ours|theirs|the\s+(?:ratio|multiple|metric))\s+(?<comparator>${UPPER_BOUND}|${LOWER_BOUND}|(?:must|should|shall|will|has\s+to|is\s+to|needs?\s+to)\s+(?:stay|remain|be)\s+(?:${UPPER_BOUND}|${LOWER_BOUND})|(?:must|should|shall|may|can|will)\s+(?:${UPPER_BOUND}|${LOWER_BOUND}))\s*${value}${trailing}`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "debt/EBITDAR matters to the agency, so keep that at 4.75x or lower": the metric, then a pronoun standing
    // for it with a verb of holding, within the sentence and with no figure in between.
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})${SENTENCE_GAP}\b${HOLD}\s+(?:it|that|this|the\s+(?:ratio|multiple|metric|number|figure))\s+(?<comparator>${COMPARATOR})?\s*${value}${trailing}`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "FCCR?\nVP: Not below 1.9.", "fixed charge coverage?\nTom: stays above 2.0x": the metric asked about, and an
    // answer on the same or the next line, after a speaker's name, that compares it with a level.
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})(?:[^\S\n]+(?:limit|cap|floor|covenant|test))?${ASKED_TAIL}[^\S\n]*\?[^\S\n]*\n?[^\S\n]*${ANSWER_SPEAKER}(?:(?:it\s+)?(?:stays?|remains?|must\s+stay|keep\s+it)\s+)?(?<comparator>${UPPER_BOUND}|${LOWER_BOUND})\s*${value}${trailing}`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "Luis: lease-adjusted leverage cap?\nJen: 4.25x", "Gina: FCCR?\nHank: 1.9 minimum.": the metric asked about and
    // the answer on the next line (a chat reply "↳ Finn: 1.75x" too, or a bare "4.25x" under a quoted question), a level alone on its line or in its sentence, read
    // in the metric's own direction. A bound word may follow a comma ("three and a half turns, max"), and the answer may
    // go on to another instruction ("3.75x, and keep FCCR at 1.6x or above").
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})(?:[^\S\n]+(?:limit|cap|floor|ceiling|threshold|max(?:imum)?|min(?:imum)?|covenant|test))?${ASKED_TAIL}[^\S\n]*(?<answered>\?)[^\S\n]*\n[^\S\n]*(?:\u00a4[^\S\n]*)?${ANSWER_SPEAKER}${value}(?:[^\S\n]*,(?=[^\S\n]*(?:${TRAILING_UPPER}|${TRAILING_LOWER})\b))?${trailing}(?=[^\S\n]*(?:[.!;](?!\d)|\n|$|,[^\S\n]+(?:and|plus|also)\b))`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "0.7 criticality ceiling", "0.6 leaseability floor": the level, the metric, then the word that bounds it. A figure
    // right after is the bound word's own ("3.5x net leverage or under 1.5x FCCR").
    {
      regex: new RegExp(
        String.raw`(?<![\w.])${value}[^\S\n]+(?<metric>${metric})[^\S\n]+(?<trailing>${TRAILING_UPPER}|${TRAILING_LOWER})\b(?![^\S\n]*\.?\d)`,
        'g',
      ),
      unitRequired: false,
      background: false,
    },
    // "under 3.5x leverage", "at least 2x coverage", "3.5x max leverage", "rated below 0.55 for criticality", "under
    // 4.2x on a lease-adjusted basis", "≥ 0.7 leaseability" (a sign needs no word boundary before it)
    {
      regex: new RegExp(
        String.raw`(?:(?<![a-z])(?<comparator>${UPPER_BOUND}|${LOWER_BOUND})\s*)?${value}${trailing}\s+(?:(?:of|on|in|for)\s+(?:an?\s+|our\s+|the\s+|its\s+)?)?(?:(?:net|total)\s+)?(?<metric>${metric})`,
        'g',
      ),
      unitRequired: true,
      background: false,
    },
  ];
}
