import { alternativesIn } from './pattern-alternatives.js';
import type { BriefText } from './brief-text.js';
import { numberValue, SPOKEN_SCORE, spokenScoreValue, WORD_MULTIPLE } from './written-numbers.js';
import { LOWER_BOUND, NEUTRAL, TRAILING_LOWER, TRAILING_UPPER, UPPER_BOUND, directionOf } from './comparators.js';
import { datedLevelThenLimit } from './dated-level-then-limit.js';
import { RENT_AFTER_MULTIPLE } from './leases-counted-at-eight-times.js';
import { readsAsMeasuredLevel } from './measured-levels.js';
import { NOT_WILLING, REFUSED_TO_HAVE, SELL_VERB } from './exclusion-words.js';
import {
  EARLIER_ITEM,
  GAP,
  LISTED_LEVEL,
  levelReplacedInGap,
  SENTENCE_GAP,
  SENTENCE_GAP_WITH_FIGURES,
  WISH,
  WISH_GAP,
} from './metric-level-gaps.js';

/** How the number after a metric is written. */
export type BoundValueKind =
  /** A multiple: `3.5x`, `3.5 times`, `4 turns`, or a bare `3.5` after a comparison word. */
  | 'ratio'
  /** A score in [0, 1]: `0.6`, or a percentage `60%` read as 0.6. */
  | 'score';

/** One limit read from a brief: its value and where it was written. */
export interface FoundBound {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

// The unit stays on the figure's line: in a list of labels, the next line's first word is the next label's. A hyphen
// may join it to the figure ("2-times").
const RATIO_VALUE = String.raw`(?<value>\d+(?:\.\d+)?|\.\d+|${WORD_MULTIPLE})[^\S\n]*(?<unit>(?:x|\u00d7)(?![a-z])|-?times\b|-?turns?\b)?`;
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
const MOVE_VERB =
  'caus(?:e|ing)|push(?:ing)?|tak(?:e|ing)|driv(?:e|ing)|let(?:ting)?|bring(?:ing)?|drag(?:ging)?|send(?:ing)?|knock(?:ing)?|tip(?:ping)?|allow(?:ing)?|leav(?:e|ing)';
/**
 * A negated subject right before a comparison: "no asset scoring", "nothing rated", "none of the sites with", "nor any
 * building rated" (a second item of a refusal, "may not include X, nor any building rated below 0.5"),
 * a refusal to see a level ("I don't want to see a criticality above", "we never want to see leverage over"),
 * a refusal to sell anything ("don't sell anything whose", "we won't divest any site with"), a refusal to have a
 * level ("we can't have leverage above", "we don't want coverage below", "lenders will not tolerate net leverage
 * above"), a discomfort with a level ("I'm not comfortable with rent-adjusted leverage above", "uncomfortable with
 * coverage below"), and a refusal to
 * move the metric ("without pushing FCCR below", "never let leverage go above", "without coverage dropping below").
 */
const NEGATED_SUBJECT = new RegExp(
  String.raw`(?:\b(?:no|nothing|none|nor|not\s+(?:a|any|one)|(?:${NOT_WILLING}|never)\s+(?:wants?|wish(?:es)?|expects?|likes?|needs?)\s+to\s+see|(?:rather|prefers?)\s+not\s+(?:to\s+)?see)|(?:${NOT_WILLING})\s+(?:${SELL_VERB})\s+(?:anything|any)|${REFUSED_TO_HAVE}|(?:${NOT_WILLING})\s+(?:tolerate|permit|stomach|stand\s+for|live\s+with)|(?:\b(?:not|never)|n['\u2019]t)\s+(?:comfortable|happy|ok(?:ay)?)\s+with|\buncomfortable\s+with|\b(?:without|(?:${NOT_WILLING}|never|not)\s+(?:${MOVE_VERB})))\b(?:\s+[a-z'-]+){0,4}(?:${EARLIER_ITEM})?\s*$`,
);
/** "or better", "and better" after a figure: the direction the metric is good in, whichever that is. */
const BETTER = /\bbetter$/;
/** A "covenants" label earlier in the same sentence, before a colon or a dash: "Covenants: ...", "covenants \u2014 ...". */
const COVENANTS_LABEL = /\bcovenants?\s*(?:[:\u2014\u2013]|-{1,2}\s)[^.;!?\n]*$/;
/**
 * A chat answer's speaker before the level: "Jen:", "Eli 4:03 PM:", "Tom 10:17 AM:", "[Mon 11:03] Joy:", "Luis (CFO):", the time a
 * chat export writes after the name or in brackets before it included.
 */
const ANSWER_SPEAKER = String.raw`(?:(?:\[[^\]\n]{1,20}\][^\S\n]*)?[a-z][a-z.'-]{0,20}(?:[^\S\n][a-z.'-]{1,20})?(?:[^\S\n]*\([^()\n]{1,30}\))?(?:[^\S\n]+\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?)?[^\S\n]*:[^\S\n]*)?`;
/**
 * Words that end a question about a metric's level: "FCCR floor for this one?", "interest plus rent covered how many
 * times?", "net leverage after the deal?", "the FCCR floor we're holding?". A past deal's level ("for the last deal")
 * is history and is not among them.
 */
const ASKED_TAIL = String.raw`(?:[^\S\n]+(?:for\s+this\s+(?:one|deal|program(?:me)?|sale|run)|how\s+many\s+times(?:\s+over)?|after\s+the\s+(?:deal|sale|program(?:me)?|transaction)|we(?:['\u2019]re|\s+are)\s+(?:holding|keeping|using)(?:\s+to)?))?`;
/** Verbs that hold a level where it is ("keep", "hold", "cap", "limit", "maintain"). */
const HOLD = '(?:keep|keeping|hold|holding|cap|capping|limit|limiting|maintain|maintaining|leave|leaving|have|get|manage)';

interface Pattern {
  readonly regex: RegExp;
  /** True when the number must carry a unit for this form to count (a bare number before a metric is too loose). */
  readonly unitRequired: boolean;
  /** True when a figure with no comparison after words of the present ("currently sits at") is the level today. */
  readonly background: boolean;
}

// Compiled once per metric and kind: building these regular expressions dominated reading a brief. Sharing them is
// safe because every use goes through `freeMatches`, which resets `lastIndex`.
const patternCache = new Map<string, Pattern[]>();

// The forms compiled with only the names a brief uses (`alternativesIn`) match as the whole list does and scan faster,
// but each set of names costs its own compilation (a few milliseconds, more than a reading) and a few megabytes of
// code. So a set is compiled only once it has been met often, as a server meets the same ways of naming a metric
// again and again, and only so many are kept, the least recently used going first; until then, and in a command that
// reads one brief, the forms with every name serve. Met fewer times, the compilation cost more than it saved on
// briefs that each name the metrics their own way.
/** How many readings a set of a metric's names takes before the forms are compiled with those names alone. */
export const USES_BEFORE_COMPILED = 20;
const MOST_COMPILED_NAME_SETS = 12;
const MOST_COUNTED_NAME_SETS = 1000;
const namedPatternCache = new Map<string, Pattern[]>();
const nameSetUses = new Map<string, number>();

function patternsFor(metric: string, named: string, kind: BoundValueKind): Pattern[] {
  if (named !== metric) {
    const key = `${kind}\u0000${named}`;
    const cached = namedPatternCache.get(key);
    if (cached !== undefined) {
      namedPatternCache.delete(key);
      namedPatternCache.set(key, cached);
      return cached;
    }
    const uses = (nameSetUses.get(key) ?? 0) + 1;
    if (uses >= USES_BEFORE_COMPILED) {
      nameSetUses.delete(key);
      const patterns = compilePatterns(named, kind);
      if (namedPatternCache.size >= MOST_COMPILED_NAME_SETS) namedPatternCache.delete(namedPatternCache.keys().next().value as string);
      namedPatternCache.set(key, patterns);
      return patterns;
    }
    if (nameSetUses.size >= MOST_COUNTED_NAME_SETS) nameSetUses.clear();
    nameSetUses.set(key, uses);
  }
  const key = `${kind}\u0000${metric}`;
  const cached = patternCache.get(key);
  if (cached !== undefined) return cached;
  const patterns = compilePatterns(metric, kind);
  patternCache.set(key, patterns);
  return patterns;
}

function compilePatterns(metric: string, kind: BoundValueKind): Pattern[] {
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
    // in the metric's own direction.
    {
      regex: new RegExp(
        String.raw`\b(?<metric>${metric})(?:[^\S\n]+(?:limit|cap|floor|ceiling|threshold|max(?:imum)?|min(?:imum)?|covenant|test))?${ASKED_TAIL}[^\S\n]*(?<answered>\?)[^\S\n]*\n[^\S\n]*(?:\u00a4[^\S\n]*)?${ANSWER_SPEAKER}${value}${trailing}(?=[^\S\n]*(?:[.!](?!\d)|\n|$))`,
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

/**
 * Reads every limit written for one metric, claiming what it understood.
 * `direction` is the only sense the limit can have (`upper` for leverage and
 * criticality, `lower` for coverage and leaseability): a phrase pointing the
 * other way is left unclaimed so that it is reported, never flipped.
 */
export function readBounds(text: BriefText, metric: string, direction: 'upper' | 'lower', kind: BoundValueKind): FoundBound[] {
  const found: FoundBound[] = [];
  // Every form of a limit holds the metric's name, so where no name is written no form can match, and the long forms
  // are neither compiled nor run (compiling them on first use was most of the time a command line spends reading its
  // one brief, for metrics the brief never mentions). Where some are, the forms with those names only
  // (`alternativesIn`) match as the whole list would.
  const named = alternativesIn(metric, text.lower);
  if (named === undefined) return found;
  for (const pattern of patternsFor(metric, named, kind)) {
    for (const match of text.freeMatches(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      if (!text.isFree(start, end)) continue;
      const groups = match.groups ?? {};
      const refused = groups['refusedRise'] !== undefined ? 'upper' : groups['refusedFall'] !== undefined ? 'lower' : undefined;
      const comparator = refused ?? directionOf(groups['comparator']);
      // "3.5x or better": better is the metric's own side, lower for leverage and higher for coverage.
      const trailing = BETTER.test(groups['trailing'] ?? '') ? direction : directionOf(trailingAsComparator(groups['trailing']));
      if (comparator !== 'neutral' && trailing !== 'neutral' && comparator !== trailing) continue;
      let stated = comparator === 'neutral' ? trailing : comparator;
      // "no asset scoring above 0.5 on criticality": a comparison under a negated subject bounds the other way.
      if (stated !== 'neutral' && stated !== direction && NEGATED_SUBJECT.test(text.lower.slice(text.clauseAround(start).start, start)))
        stated = direction;
      if (stated !== 'neutral' && stated !== direction) continue;
      if (
        readsAsMeasuredLevel(text, start, end, (groups['metric'] ?? '').length, {
          comparatorNeutral: comparator === 'neutral',
          written: directionOf(groups['comparator']) === 'neutral',
          trailing: groups['trailing'] !== undefined,
          background: pattern.background,
        })
      )
        continue;
      // "3.25x net lev. 1.5x fccr.": after a name abbreviated with a stop, a figure that another metric's name follows
      // opens that metric's item in a shorthand list, and is not this metric's.
      if (
        (groups['metric'] ?? '').endsWith('.') &&
        groups['trailing'] === undefined &&
        OTHER_NAME_AFTER.test(text.lower.slice(end, end + 20)) &&
        !new RegExp(String.raw`^[^\S\n]*(?:${metric})`).test(text.lower.slice(end, end + 40))
      )
        continue;
      const unit = groups['unit'];
      const hasComparator = refused !== undefined || (groups['comparator'] !== undefined && groups['comparator'].trim() !== '');
      // A bare number counts after a comparison ("at least 1.8"), as a clause of the metric and level alone ("- FCCR
      // 1.6"), as the answer to a question on it ("FCCR?\nLiv: 1.75"), in a list after a covenants label, or where a
      // level set aside stood ("criticality [0.6 but we went with] 0.7").
      const compared =
        hasComparator ||
        groups['trailing'] !== undefined ||
        groups['answered'] !== undefined ||
        groups['listed'] !== undefined ||
        (pattern.background &&
          (standsAlone(text, start, end) || COVENANTS_LABEL.test(text.lower.slice(Math.max(0, start - 160), start)))) ||
        levelReplacedInGap(text, start + (groups['metric'] ?? '').length, end);
      if (unit === undefined && (pattern.unitRequired || !compared) && kind === 'ratio') continue;
      if (unit === undefined && !compared && kind === 'score') continue;
      const value = boundValue(groups['value'], unit, kind);
      if (value === null) continue;
      // "the one that counts leases - debt plus 8x rent over EBITDAR - is what the agency uses": a multiple of rent is
      // how the leases are counted, not a leverage level (coverage's "2.1 times rent and interest" is its own).
      if (direction === 'upper' && kind === 'ratio' && unit !== undefined && RENT_AFTER_MULTIPLE.test(text.lower.slice(end, end + 40)))
        continue;
      found.push({ value, start, end });
      text.claim(start, end);
    }
  }
  return found.sort((left, right) => left.start - right.start);
}

/** A metric's name right after a figure: "fccr", "coverage", "lease-adj", "net lev", "crit". */
const OTHER_NAME_AFTER =
  /^[^\S\n]*(?:fccr|fcc|fixed[-\s]charge|coverage|lease[-\s]?adj|rent[-\s]?adj|net\s+lev|lev(?:erage)?\b|crit|leaseab)/;

/**
 * What may lead a list item before its metric: a bullet, or in a dictated list an "and" and the speaker's fillers
 * ("and uh net leverage three and a half"), or a spreadsheet cell's address pasted with its row ("B4 MaxNetLeverage
 * 3.6"). A quarter or a half ("Q3", "H1") is a date, not a cell, and marks a level measured then.
 */
const LIST_ITEM_LEAD = /^[\s*\u2022-]*(?:(?![qh]\d)[a-z]\d{1,4}[^\S\n]+)?(?:and[\s,]+)?(?:(?:uh+|um+|erm?)[\s,]+)*$/;

/**
 * True when [start, end) is a whole clause: nothing but a bullet before it in its clause and nothing but a full
 * stop, a comma or spaces after it (a notes list: "lev 3.4, cov 1.9"), or a word that keeps it as before ("FCCR 1.75 still"). A level written beside its metric mid-sentence ("the HQ has criticality 0.9 today")
 * describes an asset; standing alone in a list of limits, it is the limit.
 */
function standsAlone(text: BriefText, start: number, end: number): boolean {
  const clause = text.clauseAround(start);
  return (
    LIST_ITEM_LEAD.test(text.lower.slice(clause.start, start)) &&
    /^[\s.,]*(?:(?:still|as\s+before|unchanged)[\s.,]*)?$/.test(text.lower.slice(end, Math.max(end, clause.end)))
  );
}

function trailingAsComparator(trailing: string | undefined): string | undefined {
  if (trailing === undefined) return undefined;
  const normalised = trailing.trim().replace(/\s+/g, ' ');
  if (
    /^(?:max|maximum|cap|ceiling|tops|at (?:the )?most|or (?:less|lower|below|under|tighter)|and (?:below|under|lower|less|down))$/.test(
      normalised,
    )
  )
    return 'under';
  return 'above';
}

function boundValue(numeral: string | undefined, unit: string | undefined, kind: BoundValueKind): number | null {
  if (numeral === undefined) return null;
  const parsed =
    kind === 'ratio'
      ? numberValue(numeral)
      : numeral.endsWith('half')
        ? 0.5
        : numeral.includes('point')
          ? spokenScoreValue(numeral)
          : Number(numeral);
  if (!Number.isFinite(parsed) || parsed <= 0) return null;
  if (kind === 'ratio') return parsed < 100 ? parsed : null;
  const isPercent = unit !== undefined;
  if (isPercent) return parsed <= 100 ? Math.round(parsed * 1e6) / 1e8 : null;
  return parsed <= 1 ? parsed : null;
}
