import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { claimRunNameTypes } from './run-name-types.js';
import { claimTypeFigureFacts } from './type-figure-facts.js';
import { claimWriterRoleTypes } from './writer-role-types.js';
import { claimWriterIdentityWords } from './writer-identity-words.js';
import { claimDepartmentTypes } from './department-types.js';
import { claimTypeWordsAsModifiers } from './type-words-as-modifiers.js';
import { claimCountedTypePartitives } from './counted-type-partitives.js';

/** Cheap words one of which every disclaimer holds, so that briefs without them skip the pattern. */
const DISCLAIMER_HINT =
  /\b(?:not\s+a|without\s+making|observation|restrict|limit|narrow|type\s+filter|not\s+ours|unrelated|none\s+of|n['\u2019]t\s+change)/;
/**
 * Words saying that what a sentence tells restricts nothing: "that is an observation and not a restriction on
 * type", "it is not a reason to restrict by asset type", "Audit notes, without making it a condition, that ...", "but
 * don't restrict the asset types", "no asset-type filter".
 */
const DISCLAIMER =
  /\bnot\s+a\s+(?:restriction|reason\s+to\s+(?:restrict|limit|narrow)|condition|requirement|constraint|limit(?:ation)?)\b|\bwithout\s+making\s+(?:it|this|that)\s+a\s+(?:condition|requirement|restriction|constraint)\b|\b(?:is|was)\s+(?:only\s+|merely\s+|just\s+)?an\s+observation\b|\b(?:don['\u2019]?t|do\s+not|no\s+need\s+to|without\s+(?:having\s+to\s+)?)\s*(?:restrict(?:ing)?|limit(?:ing)?|narrow(?:ing)?)\s+(?:the\s+|by\s+)?(?:asset\s+|property\s+)?types?\b|\bno\s+(?:asset[-\s]|property[-\s])?type\s+(?:restrictions?|filters?|limits?)\b/g;

/**
 * Words that disown what a sentence tells as someone else's or beside the point: "that's their situation, not ours",
 * "their numbers, not ours", "the old plant sale - unrelated", "(unrelated)", "which is unrelated to this".
 */
const DISOWNED =
  /\b(?:their|theirs|another\s+(?:company|client|seller)['\u2019]s|someone\s+else['\u2019]s)\b[^.;!?\n]{0,30}?,?\s+not\s+ours\b|(?:\s[-\u2013\u2014]\s*|\(\s*|\b(?:is|was|are|were|that['\u2019]?s|it['\u2019]?s|which\s+is)\s+)(?:completely\s+|totally\s+|entirely\s+|quite\s+)?unrelated\b/g;
/**
 * A sentence that opens by saying what was told before it changes nothing: "None of that changes our plan", "That
 * doesn't change the ask", "None of this affects the brief". What it disowns is the sentence before.
 */
const NOTHING_CHANGED =
  /(?:^|[.!?\n]\s*)(?:none\s+of\s+(?:that|this|it|those)|(?:that|this|it|those)\s+(?:doesn['\u2019]?t|does\s+not|don['\u2019]?t|do\s+not))\s+(?:changes?|affects?|alters?|moves?|drives?)\s+(?:our|the|this)\s+(?:plan|ask|number|target|brief|program(?:me)?|approach|mandate|request)\b/g;

/** One building by its type in the singular after "the", perhaps with one word before it: "the HQ", "the main plant". */
const ONE_BUILDING_BY_TYPE = String.raw`the\s+(?:[a-z]+\s+)?(?:hq|headquarters|head\s+office|lab|plant|factory|office|warehouse|data\s+cent(?:er|re)|distribution\s+cent(?:er|re)|dc|store|hub)`;
/**
 * "the HQ and the main plant are there", "the plant and the lab are both here": single buildings, each after its own
 * "the", said to stand in a place; the reason a place is ruled out, naming no kind of asset to sell.
 */
const BUILDINGS_SAID_THERE = new RegExp(
  String.raw`\b${ONE_BUILDING_BY_TYPE}(?:\s*(?:,|and|&)\s*${ONE_BUILDING_BY_TYPE})+\s+(?:are|were|sit|stand)\s+(?:both\s+|all\s+)?(?:there|here|located\s+there)\b`,
  'g',
);
/**
 * "Keep Dallas out; it's where the headquarters and the data center are", "that's where the HQ is": single buildings
 * said to be where a place ruled out is, the reason for it.
 */
const BUILDINGS_WHERE = new RegExp(
  String.raw`(?<=\b(?:it['\u2019]s|that['\u2019]s|it\s+is|that\s+is|which\s+is)\s+where\s+)${ONE_BUILDING_BY_TYPE}(?:\s*(?:,|and|&)\s*${ONE_BUILDING_BY_TYPE})*(?=\s+(?:are|is|sit|sits|stand|stands)\b)`,
  'g',
);
/** The body's word for data centers, and any word for distribution: what tells which a heading's "DC" is. */
const DATA_CENTER_WORDS = /\bdata\s+cent(?:er|re)s?\b/;
const DISTRIBUTION_WORDS = /\bdistribution\b|\bfulfil?ment\b|\bwarehouses?\b|\bsortation\b|\bcross-docks?\b/;
/** A heading's "DC": "Subject: DC program", "Re: DC sale". */
const HEADING_DC = /(?<=(?:^|\n)[^\S\n]*(?:subject|re|title|topic)[^\S\n]*:[^\n]*?)\bdcs?\b/g;

/**
 * Claims a heading's "DC" when the body speaks of data centers and never of distribution ("Subject: DC program" over
 * "Data centers only."): there the letters are the data centers' shorthand, and the body says what is asked.
 */
function claimHeadingDataCenters(text: BriefText): void {
  if (!DATA_CENTER_WORDS.test(text.lower) || DISTRIBUTION_WORDS.test(text.lower)) return;
  for (const match of text.lower.matchAll(HEADING_DC)) {
    const end = match.index + match[0].length;
    if (text.isFree(match.index, end)) text.claim(match.index, end);
  }
}

/**
 * Claims the asset types named in a sentence that disclaims restricting anything ("the retail parts stores and the
 * generic warehouses are the assets most likely to qualify, although that is an observation and not a restriction on
 * type"; "both metros have deep investor markets for logistics product; that is the rationale, and it is not a
 * reason to restrict by asset type"), or disowns what it tells ("a portfolio of 22 DCs; that's their situation, not
 * ours", "the old plant sale - unrelated", "... None of that changes our plan"), so that no reader asks for them.
 * Places are left to the other readers: a sentence that disclaims a type filter may still say where to sell.
 */
export function claimDisclaimedTypes(text: BriefText, vocabulary: PlaceVocabulary): void {
  // "Plant controller.": a type's word naming who writes disclaims that type just as plainly, before any reader.
  claimWriterRoleTypes(text);
  // "I'm in logistics planning", "NORTHWIND LOGISTICS - MEMO", "plant.manager@northwind": who writes, too.
  claimWriterIdentityWords(text);
  // "Sustainability office.", "Headquarters asked for $82M": a group or the party asking, not a building.
  claimDepartmentTypes(text);
  // "R&D contracts", "the plants' cost targets": a type word qualifying something else.
  claimTypeWordsAsModifiers(text);
  // "Two of our offices, Tempe and Schaumburg": some of a type's buildings, named after.
  claimCountedTypePartitives(text);
  // "the gains on the older DCs are substantial", "warehouse cap rates around 5.8%": what a figure measures.
  claimTypeFigureFacts(text, vocabulary);
  // "run: dc-test": a run's name labels it.
  claimRunNameTypes(text, vocabulary);
  // "Dallas and Chicago are off limits - the HQ and the main plant are there": buildings giving a reason.
  for (const match of [...text.lower.matchAll(BUILDINGS_SAID_THERE), ...text.lower.matchAll(BUILDINGS_WHERE)])
    claimTypesBetween(text, vocabulary, match.index, match.index + match[0].length);
  claimHeadingDataCenters(text);
  if (!DISCLAIMER_HINT.test(text.lower)) return;
  for (const disclaimer of text.lower.matchAll(DISCLAIMER))
    claimTypesBetween(text, vocabulary, sentenceStartBefore(text, disclaimer.index), sentenceEndAfter(text, disclaimer.index));
  // What is disowned comes before the words that disown it: "The instruction is unrelated: raise $60M from the
  // warehouses" disowns nothing after it.
  for (const disowned of text.lower.matchAll(DISOWNED))
    claimTypesBetween(text, vocabulary, sentenceStartBefore(text, disowned.index), disowned.index + disowned[0].length);
  // "... and DCs around 5.5%. None of that changes our plan.": the sentence before is disowned, with the words saying so.
  for (const disowning of text.lower.matchAll(NOTHING_CHANGED)) {
    const own = disowning.index + disowning[0].search(/[a-z]/);
    let before = sentenceStartBefore(text, own) - 1;
    while (before > 0 && /[\s.!?]/.test(text.source[before - 1] ?? '')) before -= 1;
    claimTypesBetween(text, vocabulary, before > 0 ? sentenceStartBefore(text, before) : 0, sentenceEndAfter(text, own));
  }
}

/** Claims every type word free between `start` and `end`. */
function claimTypesBetween(text: BriefText, vocabulary: PlaceVocabulary, start: number, end: number): void {
  for (let index = start; index < end; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '') || !text.isFree(index, index + 1)) continue;
    const match = vocabulary.matchAt(text.lower, index, false, text.source);
    if (match === null || match.item.kind !== 'type' || match.end > end || !text.isFree(match.start, match.end)) continue;
    text.claim(match.start, match.end);
    index = match.end - 1;
  }
}
