import type { BriefText } from './brief-text.js';
import type { FoundBound } from './read-bounds.js';
import { numberValue, WORD_MULTIPLE } from './written-numbers.js';

/** One covenant metric with the pattern of its names, for finding which metric a level given to "it" stands for. */
export interface CovenantMetricNames {
  readonly metric: 'lease_adjusted' | 'net' | 'coverage';
  readonly pattern: RegExp;
}

/** Words after a number that make it no multiple: a percentage, an amount, a term. */
const NOT_A_MULTIPLE = String.raw`[^\S\n]*(?:%|percent|per\s+cent|m\b|mm\b|mn\b|mil|million|bn\b|billion|k\b|years?|yrs?|months?)`;

/**
 * "Cap it at 5.5x", "set it at 3.9x", "It can't drop below 2x", "keep it under 4x": a multiple given to "it", whose metric is the
 * one named last in the 200 characters before (a question such as "what happens to lease-adjusted leverage?",
 * or an answer such as "FCCR."). Read after the metrics named outright, and only when the words are still free.
 * The same holds for a level given with no name at all where a sentence or a "so" opens ("What if we went to 4x
 * net? Not happening. Stay at 3.5x", "we haven't, so cap at 3.5x"), and for the lenders' demand after a level of
 * today ("LTM FCCR is 2.6x; lenders want >= 2.0x", "we're at 3.0x net leverage today; the covenant ceiling is 3.75x"),
 * or a level they would like modelled ("the FCCR covenant in our 2022 facility is 1.5x; the bank would like 1.75x modeled");
 * the metric may then be named only in a figure taken back, for a level that replaces an old one ("allowed 4.0x net
 * leverage but that's history; the new covenant is 3.5x", "the amended facility sets it at 3.5x", "internal policy is
 * tighter and that's what we run to: 1.65x minimum"), and for a level planned ("we sit around 3.0x net leverage today;
 * the level we'll plan to is 3.6x", "we're at 3.0x net leverage today; covenant is 3.75x", "the agencies look at lease-adjusted numbers. Keep that under 4.5x"). "Us" stands for the company as "it" for the metric ("I want
 * the plan to keep us under three point five", "don't let the program take us above 3.0x"), and a level given to "it"
 * with a bound word after it is one too ("we'd stress it to 4.0x maximum"), and so is the level the writer needs it at
 * ("> what's our FCCR today?" then "2.6x. For the SLB I need it to stay at 2.0x minimum", "we want that at 2.25x or
 * more"). A level with "times" or "turns" and no "x" counts with its direction after it ("we want that at 2.25 times or
 * more"). A level in words must be a spoken decimal
 * or fraction, or carry its unit.
 */
const PRONOUN_BOUND = new RegExp(
  String.raw`\b(?:(?:cap|capping|keep|keeping|hold|holding|limit|limiting|tighten|tightening)\s+(?:it|us|that)|(?:we|i)(?:\s+(?:need|want|require|expect)|['\u2019]d\s+like|\s+would\s+like)\s+(?:it|that)(?:\s+to\s+(?:stay|remain|be|sit))?(?=\s+(?:at|to|under|below|above|over|no|not|or|\u2265|>|\u2264|<|\d))|(?:set|sets|setting|fix|fixes|fixing|pin|pins|pinning)\s+(?:it|that)(?=\s+at\s)|(?:the|our)\s+level\s+(?:we|i)(?:'ll|\s+will|'d|\s+would)?\s+(?:plan|run|model|manage)\s+(?:to|at)\s+is|(?:that(?:'s|\u2019s|\s+is)|which\s+is)\s+what\s+(?:we|i)\s+(?:run|manage|plan|model|work)\s+(?:to|at|with)\s*(?::|\u2013|\u2014|--?)|(?:stress|stressing|take|taking|push|pushing|run|running|let|letting)\s+it\s+to(?=\s+\d+(?:\.\d+)?\s*(?:x|\u00d7)\s+(?:max(?:imum)?|at\s+(?:the\s+)?most|tops|ceiling)\b)|(?:take|takes|taking|push|pushes|pushing|put|puts|putting|get|gets|getting|bring|brings|bringing)\s+us(?=\s+(?:above|over|past|beyond)\s)|(?<=(?:^|[.;:!?\n]|\bso|\bjust|\bthen)\s*)(?:cap|stay|hold|remain)(?=\s+at\s)|(?:the\s+(?:(?:new|amended|revised|updated|current)\s+)?|(?<=(?:^|[.;:!?\n])\s*))covenant(?:\s+(?:ceiling|cap|limit|level|floor|minimum|maximum))?\s+is|(?:lenders?|banks?|they|the\s+agency|the\s+covenant)\s+(?:want|wants|need|needs|require|requires|expect|expects)(?:\s+to\s+see)?(?=\s+(?:\u2265|>=|(?<![-=])>|\u2264|<=?|at\s+least|no\s+(?:less|more)\s+than|at\s+most|under|below|above|over)\s)|(?:lenders?|banks?|they|the\s+(?:bank|lenders?|agent|agency|group))\s+(?:would\s+like|want|wants|asked\s+for|prefers?)(?=\s+\d+(?:\.\d+)?\s*(?:x|\u00d7)\s+(?:modell?ed|used|run|applied|assumed|tested)\b)|(?:let|letting|allow|allowing)\s+it\s+(?:to\s+)?(?:drop|fall|go|dip|slip|rise|climb|exceed|get)|(?:the|our|their|its|[a-z]+['\u2019]s)\s+(?:(?:own|internal|house|policy)\s+)?(?:limit|ceiling|cap|floor|minimum|maximum|threshold|covenant\s+level)(?:\s+(?!(?:coverage|fccr|leverage|criticality|leaseability|rent|market|share)\b)[a-z'\u2019-]+){0,4}?\s+is|it\s+(?:can(?:'|no|\u2019)?t|cannot|must\s+not|mustn't|should(?:n't|\s+not)?|must|has\s+to|needs\s+to|may\s+not|won't)(?:\s+(?:drop|fall|go|dip|rise|exceed|stay|be|sit|get))?)\s+(?:(?:at|to)\s+)?(?:(?:below|under|above|over|beneath|past|beyond|at\s+most|at\s+least|no\s+more\s+than|no\s+less\s+than|more\s+than|less\s+than|or\s+(?:below|under|above|over)|\u2265|>=|(?<![-=])>|\u2264|<=?)\s*)?(?:(?<value>\d+(?:\.\d+)?)\s*(?:x|\u00d7)(?![a-z])|(?<bare>\d+\.\d+|\d+(?=[^\S\n]*(?:times|turns)\b))(?:[^\S\n]*(?:times|turns)(?![a-z]))?(?=[^\S\n]+or\s+(?<direction>more|higher|above|better|less|lower|below|under)\b)|(?<words>${WORD_MULTIPLE})(?:[^\S\n]*(?:x|\u00d7|times|turns)(?![a-z]))?(?!${NOT_A_MULTIPLE}))`,
  'g',
);
/**
 * "lease-adjusted leverage, we're around 3.3 today, the cap for this program is 4.0": a limit named by itself with a
 * bare decimal of a multiple (1 or more, so never a score), for the metric named last before it, as above.
 */
const LIMIT_IS_BARE =
  /\b(?:the|our|their|its|[a-z]+['\u2019]s)\s+(?:(?:own|internal|house|policy)\s+)?(?:limit|ceiling|cap|floor|minimum|maximum|threshold)(?:\s+(?!(?:coverage|fccr|leverage|criticality|leaseability|rent|market|share)\b)[a-z'\u2019-]+){0,4}?\s+is\s+(?<value>[1-9]\.\d{1,2})(?!\d|\.\d|[^\S\n]*(?:%|percent|m\b|mm|mn|million|bn|billion|k\b|years?))/g;

/** "take us above", "push us over": the company carried past a level. */
const TAKE_US_ABOVE = /\b(?:take|takes|taking|push|pushes|pushing|put|puts|putting|get|gets|getting|bring|brings|bringing)\s+us\s/;
/** A refusal to let something happen, earlier in the clause: "don't let the program", "never allow the deal to". */
const LET_REFUSED = /\b(?:don't|do\s+not|never|not|won't|can't|cannot|shouldn't|mustn't)\s+(?:let|allow)\b/;
/** "keep us under", "hold us below": the company held under a level. */
const US_HELD_UNDER =
  /\b(?:keep|keeping|hold|holding|cap|capping|limit|limiting)\s+us\s+(?:(?:at|to)\s+)?(?:under|below|beneath|at\s+most|no\s+more\s+than|or\s+(?:below|under)|\u2264|<=?)/;
/** A level in words that can only be a multiple: a spoken decimal or a fraction ("three point five", "four and a half"). */
const SPOKEN_LEVEL = /\s(?:point|and)\s/;

/** Levels given to "it", "that" or "us", or to no name, each for the metric named last before it (see `PRONOUN_BOUND`). */
export function readPronounBounds(
  text: BriefText,
  antecedents: readonly CovenantMetricNames[],
): { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] {
  const found: { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] = [];
  const bare = text.lower.includes(' is ') ? text.freeMatches(LIMIT_IS_BARE) : [];
  for (const match of [...text.freeMatches(PRONOUN_BOUND), ...bare]) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const from = Math.max(0, match.index - 200);
    // A metric named in a hypothetical taken back ("what if we went to 4x net? not happening") is blank in the
    // reading copy; it still says which metric the level after it is for.
    const blanked = text.lower.slice(from, match.index);
    const before = antecedents.some(({ pattern }) => new RegExp(pattern.source).test(blanked))
      ? blanked
      : text.source.slice(from, match.index).toLowerCase();
    const mentions: { metric: 'lease_adjusted' | 'net' | 'coverage'; start: number; end: number }[] = [];
    for (const { metric, pattern } of antecedents) {
      for (const mention of before.matchAll(pattern)) {
        mentions.push({ metric, start: mention.index, end: mention.index + mention[0].length });
      }
    }
    // A lease-adjusted name also holds "leverage": words inside a longer name are not a mention of their own.
    const whole = mentions.filter(
      (mention) =>
        !mentions.some(
          (other) =>
            other !== mention &&
            other.start <= mention.start &&
            other.end >= mention.end &&
            other.end - other.start > mention.end - mention.start,
        ),
    );
    const latest = whole.sort((left, right) => right.start - left.start)[0];
    const clauseBefore = text.lower.slice(text.clauseAround(match.index).start, match.index);
    // "take us above 3.0x" is a limit only where it is refused: "don't let the program take us above 3.0x".
    if (TAKE_US_ABOVE.test(match[0]) && !LET_REFUSED.test(clauseBefore)) continue;
    // With no metric named, the level "us" may not pass is the company's leverage: "we're at roughly 3.0x today. Don't
    // let the program take us above 3.0x".
    const metric = latest?.metric ?? (US_HELD_UNDER.test(match[0]) || TAKE_US_ABOVE.test(match[0]) ? 'net' : undefined);
    if (metric === undefined) continue;
    const words = match.groups?.['words'];
    if (words !== undefined && !SPOKEN_LEVEL.test(words) && !/(?:x|\u00d7|times|turns)$/.test(match[0])) continue;
    // A decimal with no unit is a level only with its direction after it, and the direction the metric's own: "keep
    // that at 1.65 or more" for coverage, "keep it at 3.4 or less" for leverage.
    const bare = match.groups?.['bare'];
    if (bare !== undefined && /^(?:more|higher|above|better)$/.test(match.groups?.['direction'] ?? '') !== (metric === 'coverage'))
      continue;
    const value = words === undefined ? Number(bare ?? match.groups?.['value']) : numberValue(words);
    if (!(value > 0)) continue;
    found.push({ metric, bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}

/** A multiple at the start of a span: the level chosen right after words taken back. */
const LEADING_MULTIPLE = /^(\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7)(?![a-z])/;

/**
 * "we considered a 4.75x lease-adjusted cap but will use 4.5x": a level chosen right after words taken back (blank in
 * the reading copy), for the one metric those words name. The figure taken back is read as nothing; its metric still
 * says what the chosen level is for.
 */
export function readLevelsAfterTakenBack(
  text: BriefText,
  antecedents: readonly CovenantMetricNames[],
): { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] {
  const found: { metric: 'lease_adjusted' | 'net' | 'coverage'; bound: FoundBound }[] = [];
  for (let from = text.lower.indexOf('      '); from >= 0; from = text.lower.indexOf('      ', from)) {
    let end = from;
    while (text.lower[end] === ' ') end += 1;
    const start = from;
    from = end;
    if (!text.isClaimed(Math.floor((start + end) / 2))) continue;
    const figure = LEADING_MULTIPLE.exec(text.lower.slice(end, end + 12));
    if (figure === null || !text.isFree(end, end + figure[0].length)) continue;
    const takenBack = text.source.slice(start, end).toLowerCase();
    const named = antecedents.filter(({ pattern }) => new RegExp(pattern.source).test(takenBack)).map(({ metric }) => metric);
    const metrics = named.includes('lease_adjusted') ? named.filter((metric) => metric !== 'net') : named;
    const metric = metrics.length === 1 ? metrics[0] : undefined;
    const value = Number(figure[1]);
    if (metric === undefined || !(value > 0 && value < 20)) continue;
    found.push({ metric, bound: { value, start: end, end: end + figure[0].length } });
    text.claim(end, end + figure[0].length);
  }
  return found;
}
