import { alternativesIn } from './pattern-alternatives.js';
import { type LimitForm, limitForms, MOVE_VERB } from './metric-limit-forms.js';
import type { BriefText } from './brief-text.js';
import { numberValue, spokenScoreValue } from './written-numbers.js';
import { directionOf } from './comparators.js';
import { RENT_AFTER_MULTIPLE } from './leases-counted-at-eight-times.js';
import { readsAsMeasuredLevel } from './measured-levels.js';
import { NOT_WILLING, REFUSED_TO_HAVE, SELL_VERB } from './exclusion-words.js';
import { EARLIER_ITEM, levelReplacedInGap } from './metric-level-gaps.js';

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

// Compiled once per metric and kind: building these regular expressions dominated reading a brief. Sharing them is
// safe because every use goes through `freeMatches`, which resets `lastIndex`.
const patternCache = new Map<string, LimitForm[]>();

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
const namedPatternCache = new Map<string, LimitForm[]>();
const nameSetUses = new Map<string, number>();

function patternsFor(metric: string, named: string, kind: BoundValueKind): LimitForm[] {
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
      const patterns = limitForms(named, kind);
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
  const patterns = limitForms(metric, kind);
  patternCache.set(key, patterns);
  return patterns;
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
    /^(?:max|maximum|cap|ceiling|tops|at (?:the )?most|or (?:less|lower|below|under|tighter)|and (?:below|under|lower|less|down)|(?:but|and) no (?:further|higher)|but not (?:any )?(?:higher|further|beyond|above|past|over))$/.test(
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
