import type { BriefText } from './brief-text.js';
import { RULING_OUT } from './place-list-triggers.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * Where things stand in a brief relative to a position: the sentence around it, the last letter before it, and
 * the list of places, types or assets that ends right before it.
 */

/** A list of places, types or assets read from a brief, with where it starts. */
export interface PlacedList {
  readonly start: number;
  readonly list: NonNullable<ReturnType<typeof readList>>;
}

/**
 * Words between a list and what rules it out that still leave the list its subject ("the Chandler Data
 * Center is strategic and must be retained", "is leased to a key customer and must stay"): at most eight plain words, none that starts another subject
 * or a contrast ("but", "everything else", "we").
 */
const SUBJECT_GAP = /^(?:\s+[a-z'-]+){0,8}\s*$/;
const SUBJECT_GAP_STOP =
  /\b(?:but|while|whereas|although|though|because|so|if|unless|when|except|only|not|no|we|i|you|they|it|else|other|others|rest|remaining|remainder|everything|anything|all|which|that|who)\b/;
/**
 * The list that ends right before `index` (spaces apart) in its clause, read
 * from the earliest word where one starts: "with the Riverside Cross-Dock
 * excluded", "every site in Ohio left alone", "labs and plants are off the table".
 */
export function listEndingAt(text: BriefText, index: number, vocabulary: PlaceVocabulary): PlacedList | null {
  const clause = text.clauseAround(index);
  const whole = listOverCommas(text, clause.start, index, vocabulary);
  if (whole !== null) return whole;
  for (let start = clause.start; start < index; start += 1) {
    if (start > clause.start && /[a-z0-9]/.test(text.lower[start - 1] ?? '')) continue;
    if (!/[a-z0-9]/.test(text.lower[start] ?? '')) continue;
    const list = readList(text, start, vocabulary, true);
    if (list !== null && list.end <= index && isSubjectGap(text.lower.slice(list.end, index), vocabulary)) return { start, list };
  }
  return null;
}

/**
 * What may open the first clause before the list a verdict rules out: the verdict's own verb ("take", "pull"), "with",
 * or who reported it and "that" ("Members also noted that", "the board agreed that"), then "the"; a quote's opening mark
 * before them all ("'labs, data centers and offices are out").
 */
const LIST_OPENING =
  /^\s*(?:['"\u2018\u201c]\s*)?(?:(?:please\s+)?(?:take|pull|move|get)\s+|with\s+|(?:[a-z]+\s+){1,3}(?:noted|agreed|asked|said|decided|confirmed|resolved|requested)\s+that\s+)?(?:the\s+)?/;

/**
 * "Dallas, Newark, Phoenix: no", "Dallas, Houston and Phoenix are off the table": a list whose items are set apart
 * by commas, each a clause of its own, ending where the clause of `index` starts its verdict. Read only from the
 * start of an earlier clause that holds nothing but the list ("We want Dallas, Houston is out" asks for Dallas).
 */
function listOverCommas(text: BriefText, clauseStart: number, index: number, vocabulary: PlaceVocabulary): PlacedList | null {
  let found: PlacedList | null = null;
  for (let start = clauseStart; start > 0 && text.lower[start - 1] === ','; ) {
    const comma = start - 1;
    start = text.clauseAround(comma).start;
    // "144-180 million / ATL-01, the Fontana warehouse, ... stay off the list": in a note, a slash opens the list.
    const slash = text.lower.lastIndexOf('/', comma);
    const opened = slash >= start && /^\s/.test(text.lower.slice(slash + 1)) ? slash + 1 : start;
    // "Take NWK-03, PHX-01 and ATL-01 out of the pool": the verb of the verdict after the list opens the first clause.
    // "with the Pasadena plant, the Kearny plant and Cicero all excluded": so does the "with" that the verdict ends.
    // "Members noted that the Plano store, the Marietta store and ... should remain owned": so does who reported it.
    const first = opened + (LIST_OPENING.exec(text.lower.slice(opened))?.[0].length ?? 0);
    const list = readList(text, first, vocabulary, true);
    if (list === null || list.items[0]?.start !== first) break;
    if (list.end <= index && list.end > clauseStart && isSubjectGap(text.lower.slice(list.end, index), vocabulary))
      found = { start: first, list };
    if (opened !== start) break;
  }
  return found;
}

/** True when the words between a list and what rules it out leave the list the subject (`SUBJECT_GAP`). */
function isSubjectGap(gap: string, vocabulary: PlaceVocabulary): boolean {
  if (gap.trim() === '') return true;
  if (!SUBJECT_GAP.test(gap) || SUBJECT_GAP_STOP.test(gap)) return false;
  const lower = gap.toLowerCase();
  for (let index = 0; index < lower.length; index += 1) if (vocabulary.matchAt(lower, index, false) !== null) return false;
  return true;
}

/** The last list of places, types or assets written in [from, to), or null. */
export function lastListBefore(text: BriefText, from: number, to: number, vocabulary: PlaceVocabulary): PlacedList | null {
  let last: PlacedList | null = null;
  for (let start = from; start < to; start += 1) {
    if (start > from && /[a-z0-9]/.test(text.lower[start - 1] ?? '')) continue;
    if (!/[a-z0-9]/.test(text.lower[start] ?? '') || text.isClaimed(start)) continue;
    const list = readList(text, start, vocabulary, true);
    if (list === null || list.end > to) continue;
    last = { start, list };
    start = list.end - 1;
  }
  return last;
}

/** The index of the last character before `index` that is not a space (-1 when there is none). */
export function lastLetterBefore(text: BriefText, index: number): number {
  let position = index - 1;
  while (position >= 0 && /\s/.test(text.lower[position] ?? '')) position -= 1;
  return position;
}

/** Where the sentence holding `index` ends: at the next full stop, question or exclamation mark, or line break. */
export function sentenceEndAfter(text: BriefText, index: number): number {
  for (let position = index; position < text.source.length; position += 1) {
    const character = text.source[position] ?? '';
    if (character === '!' || character === '?' || character === '\n') return position;
    if (character === '.' && !(/\d/.test(text.source[position - 1] ?? '') && /\d/.test(text.source[position + 1] ?? ''))) return position;
  }
  return text.source.length;
}

/** Where the sentence holding `index` starts: after the last full stop, question or exclamation mark, or line break. */
export function sentenceStartBefore(text: BriefText, index: number): number {
  for (let position = index - 1; position >= 0; position -= 1) {
    const character = text.source[position] ?? '';
    if (character === '!' || character === '?' || character === '\n') return position + 1;
    if (character === '.' && !(/\d/.test(text.source[position - 1] ?? '') && /\d/.test(text.source[position + 1] ?? '')))
      return position + 1;
  }
  return 0;
}

/**
 * True when something is ruled out before `index` in its sentence, or in the sentence before when `index` opens
 * its own ("Mortgaged assets are off the table. So are labs."): what "so is", "so does" and "same for" follow.
 */
export function followsExclusion(text: BriefText, index: number): boolean {
  const ownStart = sentenceStartBefore(text, index);
  const opensSentence = ownStart > 0 && text.lower.slice(ownStart, index).trim() === '';
  const start = opensSentence ? sentenceStartBefore(text, ownStart - 1) : ownStart;
  return RULING_OUT.test(text.lower.slice(start, index));
}

/** Items of a list that another reader has read, and the separator after them. */
const SEPARATOR_AFTER_READ = /^\s*(?:[,;]\s*(?:and\s+|plus\s+)?|and\s+|plus\s+)/;

/**
 * Where a label's list goes on after items another reader has already read ("Excluded: mortgaged assets; the Tempe
 * Office": the encumbered assets are read as such, and the list goes on at "the Tempe Office"); `from` itself when
 * nothing read stands there.
 */
export function pastItemsRead(text: BriefText, from: number): number {
  let position = from;
  while (position < text.source.length && /\s/.test(text.source[position] ?? '')) position += 1;
  const start = position;
  while (position < text.source.length && !text.isFree(position, position + 1)) position += 1;
  if (position === start) return from;
  const separator = SEPARATOR_AFTER_READ.exec(text.lower.slice(position));
  return separator === null ? from : position + separator[0].length;
}
