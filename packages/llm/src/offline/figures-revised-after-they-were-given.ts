import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';

// A setting given once and then changed further on, restated so that only the newer figure is read: a score's cap moved
// to a new level ("he ran it with a 0.6 criticality cap ... lift the cap to 0.7", "criticality ceiling 0.7" then "bring
// it down to 0.6"); a percentage disowned and replaced ("escalator 2%" then "not 2% - make it 2.5%"); and a lease length
// set aside for the one preferred ("the pitch assumed 25-year leases; we prefer 15", "last year's deal was on 20-year
// leases; this one should be 15-year"); and a covenant's multiple, a score's level or a lease length recalled as said
// earlier and replaced ("I said 3.0 times for leverage earlier; use 3.5", "we said 15-year leases earlier; use 12"). The earlier figure is rewritten to the newer one, so that the words around it
// (which score, which setting) still say what the figure measures.

/** A score's level: "0.7", ".65". */
const LEVEL = String.raw`(?:0?\.\d+|1\.0+)`;

/** The score names a cap or a floor belongs to. */
const SCORE_NAME = '(?:criticality|crit|leas(?:e)?ability|lease-ability|re-?lett?ability)';

/** The words for a limit on a score. */
const LIMIT_NOUN = '(?:cap|ceiling|limit|floor|max(?:imum)?|min(?:imum)?|threshold|bar|cut-?off)';

/**
 * "lift the cap to 0.7", "bring it down to 0.6", "raise the criticality ceiling to 0.75", "move that floor up to 0.65":
 * a verb that moves a limit, the limit (or "it"), and the new level. A figure with a unit after it ("to 3.5x", "to
 * 20%") is no score's.
 */
const LIMIT_MOVED = new RegExp(
  String.raw`\b(?:lift|raise|bump|push|loosen|relax|ease|bring|move|take|lower|drop|cut|tighten|change|reset|nudge)(?:s|ed|ing)?\s+(?:(?:the|that|this|our|its)\s+(?:(?<named>${SCORE_NAME})\s+)?${LIMIT_NOUN}|it)\s+(?:(?:up|down|back)\s+)?to\s+(?<value>${LEVEL})(?![\d.]*\s*(?:%|x\b|times\b|percent\b))(?![\w.]*\d)`,
  'gi',
);

/**
 * A score's level given with its name and its limit, in either order: "a 0.6 criticality cap", "criticality ceiling
 * 0.7", "leaseability floor of 0.5", "crit max: 0.6".
 */
const SCORE_LEVEL_GIVEN = new RegExp(
  String.raw`(?<before>(?<![\d.])${LEVEL})\s+(?<nameBefore>${SCORE_NAME})\s+${LIMIT_NOUN}\b|\b(?<nameAfter>${SCORE_NAME})\s+${LIMIT_NOUN}(?:\s+(?:of|at|is|=)|\s*[:=])?\s*(?<after>${LEVEL})(?![\d.])`,
  'gi',
);

/** How far back a moved limit looks for the level it moves: a message and its reply or two. */
const LOOK_BACK = 400;

/**
 * "not 2% - make it 2.5%", "not 22%, use 25%", "not 3% but 2.75%": a percentage disowned and the one that replaces it.
 * The disowned figure must have been given earlier in the brief, which is what is corrected.
 */
const PERCENT_REPLACED =
  /\bnot\s+(?<old>\d{1,2}(?:\.\d+)?)\s*%[^\S\n]*(?:[-\u2013\u2014,;:][^\S\n]*)?(?:make\s+(?:it|that)|use|go\s+with|but|rather|it['\u2019]?s|instead)\s+(?<new>\d{1,2}(?:\.\d+)?)\s*%(?:\s+instead)?/gi;

/**
 * "assumed 25-year leases; we prefer 15", "on 20-year leases; this one should be 15-year": a lease length, then in the
 * next clause the length preferred for this sale. The first is set aside; the second is the term. A bare figure must end
 * its clause: "we want 20 sites" counts something else.
 */
const TERM_SET_ASIDE_FOR_ANOTHER =
  /(?<old>\b\d{1,2}[-\s]years?)(?<leases>\s+(?:leases?|terms?|leasebacks?))\b(?<between>[^.;!?\n]{0,60}?[;,][^\S\n]*(?:but\s+|and\s+)?)(?<preferred>(?:we|i)(?:['\u2019]d|\s+would)?\s+(?:prefer|rather\s+have|rather\s+do|want|like)|(?:we|i)['\u2019]d\s+rather(?:\s+(?:have|do|go\s+with))?|(?:this|the\s+new)\s+(?:one|time|deal|sale|round|transaction)\s+(?:should|will|must|needs?\s+to|has\s+to|is\s+to)\s+be|for\s+this\s+(?:one|deal|sale|round)(?:\s+(?:use|go\s+with|we\s+want))?)\s+(?<new>\d{1,2})(?:(?<newUnit>[-\s]years?(?:\s+(?:leases?|terms?))?)(?![\d%]|\.\d)|(?=[^\S\n]*(?:[.;,!?)\n]|$|instead\b|this\s+time\b|for\s+this\b)))/gi;

/** The covenants a multiple recalled and replaced may be given for, as the field readers name them. */
const RATIO_NAME = String.raw`(?:(?:net|total|lease[-\s]adjusted|rent[-\s]adjusted)[^\S\n]+)?(?:leverage|gearing)|fccr|(?:fixed[-\s]charges?[^\S\n]+)?cover(?:age)?`;

/** A limit's noun after the setting it limits: "the leverage cap", "the leaseability floor". */
const RECALLED_LIMIT = String.raw`(?:[^\S\n]+(?:cap|limit|ceiling|floor|min(?:imum)?|max(?:imum)?|covenant|threshold|cut-?off))?`;

/**
 * What a figure recalled and replaced was given for, each as the readers of its field take it: a covenant's multiple
 * ("3.0 times for leverage", "1.8x on FCCR"), a score's level ("0.6 for criticality", "0.5 as the leaseability
 * floor"), or a lease length ("15-year leases").
 */
const RECALLED_SETTING = String.raw`(?<old>\d+(?:\.\d+)?)[^\S\n]*(?<oldUnit>x|times|turns)?[^\S\n]+(?:for|on|as)[^\S\n]+(?:the[^\S\n]+|our[^\S\n]+)?(?<ratio>${RATIO_NAME})${RECALLED_LIMIT}|(?<level>${LEVEL})[^\S\n]+(?:for|on|as)[^\S\n]+(?:the[^\S\n]+|our[^\S\n]+)?(?<score>${SCORE_NAME})(?:[^\S\n]+(?:score|rating))?${RECALLED_LIMIT}|(?<years>\d{1,2})[-\s]years?[^\S\n]+(?:leases?|terms?|leasebacks?)`;

/**
 * "I said 3.0 times for leverage earlier; use 3.5", "we put 1.8x on FCCR before - make it 2.0x", "I said 0.6 for
 * criticality earlier; use 0.7", "I gave 0.5 as the leaseability floor earlier - make it 0.6", "we said 15-year leases
 * earlier; use 12": a figure the writer recalls giving for a setting, then the one to use in its place. The whole is
 * restated as the setting with the newer figure, in the words its field's reader takes ("leverage 3.5 times",
 * "criticality max 0.7", "12-year leases"); a multiple's unit, when only the first figure has one, is that figure's. A
 * bare figure must end its clause: "use 12 sites" counts something else.
 */
const FIGURE_SAID_EARLIER_THEN_REPLACED = new RegExp(
  String.raw`\b(?:i|we)[^\S\n]+(?:said|gave|put|wrote|typed|mentioned|quoted|had)[^\S\n]+(?:${RECALLED_SETTING})[^\S\n]+(?:earlier|before|previously|above|at\s+first)[^\S\n]*[;,.:\u2013\u2014-]+[^\S\n]*(?:(?:but|so|please|actually)[,]?[^\S\n]+)*(?:use|make[^\S\n]+(?:it|that)|go[^\S\n]+with|take|(?:it|that)[^\S\n]+should[^\S\n]+(?:be|have[^\S\n]+been|read)|i[^\S\n]+meant)[^\S\n]+(?<new>\d+(?:\.\d+)?)(?:[^\S\n]*(?<newUnit>x|times|turns|[-\s]years?(?:[^\S\n]+(?:leases?|terms?))?)(?![\w%]|\.\d)|(?=[^\S\n]*(?:[.;,!?)\n]|$|instead\b)))(?:[^\S\n]+instead)?`,
  'gi',
);

/** The words a recalled figure's setting is restated in, with the figure that replaces it; none when it cannot be. */
function restatedSetting(groups: Record<string, string | undefined>): string | undefined {
  const figure = groups['new'] ?? '';
  const unit = (groups['newUnit'] ?? '').trim().toLowerCase();
  if (groups['ratio'] !== undefined) {
    if (unit !== '' && !/^(?:x|times|turns)$/.test(unit)) return undefined;
    const written = unit === '' ? (groups['oldUnit'] ?? 'x').toLowerCase() : unit;
    return `${groups['ratio']} ${figure}${written === 'x' ? 'x' : ` ${written}`}`;
  }
  if (groups['score'] !== undefined) {
    // A level is below one: "use 7" is no score's.
    if (unit !== '' || !new RegExp(`^${LEVEL}$`).test(figure)) return undefined;
    return groups['score'].toLowerCase().startsWith('crit') ? `criticality max ${figure}` : `leaseability min ${figure}`;
  }
  const years = Number(figure);
  if (!Number.isInteger(years) || years < 5 || years > 40 || /^(?:x|times|turns)$/.test(unit)) return undefined;
  return `${years}-year leases`;
}

/**
 * The edits restating a setting revised after it was given, so that only its newer figure is read; none for a brief
 * without one. Edits never overlap: the first form to take a span keeps it.
 */
export function figuresRevisedAfterTheyWereGiven(text: string): TextEdit[] {
  if (!/\bnot\s+\d|\bto\s+0?\.\d|year|earlier|before|previously|above|at\s+first/i.test(text)) return [];
  const { edits, add } = nonOverlappingEdits();

  // A moved limit rewrites the nearest score level given before it, when the score it names (if any) is the same.
  for (const match of text.matchAll(LIMIT_MOVED)) {
    const at = match.index ?? 0;
    const value = match.groups?.['value'] ?? '';
    const named = match.groups?.['named']?.toLowerCase();
    const windowStart = Math.max(0, at - LOOK_BACK);
    const given = [...text.slice(windowStart, at).matchAll(SCORE_LEVEL_GIVEN)].at(-1);
    if (given === undefined) continue;
    const name = (given.groups?.['nameBefore'] ?? given.groups?.['nameAfter'] ?? '').toLowerCase();
    if (named !== undefined && named.startsWith('crit') !== name.startsWith('crit')) continue;
    const old = given.groups?.['before'] ?? given.groups?.['after'] ?? '';
    const offset = given.groups?.['before'] !== undefined ? 0 : given[0].lastIndexOf(old);
    const start = windowStart + (given.index ?? 0) + offset;
    add(start, start + old.length, value);
  }

  // A disowned percentage rewrites its earlier mention (the nearest before the correction) and the correction goes.
  for (const match of text.matchAll(PERCENT_REPLACED)) {
    const at = match.index ?? 0;
    const old = match.groups?.['old'] ?? '';
    const replacement = match.groups?.['new'] ?? '';
    const earlier = new RegExp(String.raw`(?<![\d.])${old.replace('.', '\\.')}(?=\s*%)`, 'g');
    const before = [...text.slice(Math.max(0, at - LOOK_BACK), at).matchAll(earlier)].at(-1);
    if (before === undefined) continue;
    const start = Math.max(0, at - LOOK_BACK) + (before.index ?? 0);
    if (add(start, start + old.length, replacement)) add(at, at + match[0].length, '');
  }

  // A lease length set aside: its years go, and the preferred length is said as the leases' years.
  for (const match of text.matchAll(TERM_SET_ASIDE_FOR_ANOTHER)) {
    const years = Number(match.groups?.['new']);
    if (years < 5 || years > 40) continue;
    const at = match.index ?? 0;
    const old = match.groups?.['old'] ?? '';
    const newStart = at + match[0].length - (match.groups?.['new'] ?? '').length - (match.groups?.['newUnit'] ?? '').length;
    if (add(at, at + old.length, 'earlier')) add(newStart, at + match[0].length, `${years}-year leases`);
  }
  // A figure recalled and replaced: the setting and the newer figure, in place of the whole.
  for (const match of text.matchAll(FIGURE_SAID_EARLIER_THEN_REPLACED)) {
    const restated = restatedSetting(match.groups ?? {});
    const at = match.index ?? 0;
    if (restated !== undefined) add(at, at + match[0].length, restated);
  }
  return edits;
}
