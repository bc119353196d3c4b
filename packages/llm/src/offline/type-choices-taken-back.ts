import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary, VocabularyMatch } from './place-vocabulary.js';

/*
 * Types the writer names and then takes back, in wordings the retracted-clause readers leave unread: a trailing-off
 * answered "no" and replaced ("$96M from plants and labs... no, make that offices and warehouses", "offices - no,
 * I mean warehouses"), and a limit to one type dropped by name ("Warehouses only. Actually scratch the warehouses-only
 * idea; any type", "forget the offices-only thing, any asset type is fine"). What was taken back asks for nothing; the
 * replacement, if any, is read as usual. A trailing-off that adds ("... no, make that plants too") takes nothing back,
 * and a limit that is kept ("don't scratch the offices-only rule") is left to the other readers.
 */

/** A trailing-off, a "no", and the words that put something in its place: "... no, make that", "- no, I mean". */
const NO_THEN_REPLACED =
  /(?:\.{2,}|\u2026|[^\S\n][\u2013\u2014-]{1,2})[^\S\n]*(?:no|nope|hmm+|um+|er+)[^\S\n]*[,.]?[^\S\n]*(?:make\s+(?:that|it)|change\s+(?:that|it)\s+to|i\s+mean|rather)[^\S\n]+(?:just\s+|the\s+)?/g;

/** A replacement that adds to what was named rather than taking it back: "... no, make that plants too". */
const ADDS_TO = /^[^.;!?\n]*\b(?:too|also|as\s+well|in\s+addition)\b/;

/** Where a clause before `index` starts: after a full stop (not an ellipsis), a semicolon, a question mark or a line break. */
function clauseStartBefore(lower: string, index: number): number {
  for (let position = index - 1; position >= 0; position -= 1) {
    const character = lower[position] ?? '';
    if (character === '\n' || character === ';' || character === '?' || character === '!') return position + 1;
    if (character === '.' && lower[position - 1] !== '.' && lower[position + 1] !== '.' && !/\d/.test(lower[position + 1] ?? ''))
      return position + 1;
  }
  return 0;
}

/** The vocabulary matches that start at a word in [start, end) and end inside it, in order. */
function matchesIn(text: BriefText, start: number, end: number, vocabulary: PlaceVocabulary): VocabularyMatch[] {
  const found: VocabularyMatch[] = [];
  for (let index = start; index < end; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const match = vocabulary.matchAt(text.lower, index, false, text.source);
    if (match === null || match.start !== index || match.end > end) continue;
    found.push(match);
    index = match.end - 1;
  }
  return found;
}

/**
 * "plants and labs... no, make that offices and warehouses": the types (or places) of the clause before the
 * trailing-off, of the same kind as the replacement's first item, are claimed; the replacement is left to be read.
 */
function claimTrailedOffReplacements(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.lower.matchAll(NO_THEN_REPLACED)) {
    const from = match.index + match[0].length;
    const first = vocabulary.matchAt(text.lower, from, false, text.source);
    if (first === null || first.start !== from || ADDS_TO.test(text.lower.slice(from))) continue;
    const isType = first.item.kind === 'type';
    for (const found of matchesIn(text, clauseStartBefore(text.lower, match.index), match.index, vocabulary)) {
      if ((found.item.kind === 'type') === isType && text.isFree(found.start, found.end)) text.claim(found.start, found.end);
    }
    const words = match[0].trimEnd().length;
    if (text.isFree(match.index, match.index + words)) text.claim(match.index, match.index + words);
  }
}

/**
 * "scratch the warehouses-only idea", "forget the offices-only thing", "drop the DCs-only restriction": a limit to
 * one type dropped by name. Group `type`: the type's word.
 */
const TYPE_LIMIT_DROPPED =
  /\b(?:(?:actually|ok(?:ay)?|so)[,\s]+)?(?<!(?:don['\u2019]?t|do\s+not|never|not)\s+)(?:scratch|forget|drop|ditch|scrap|lose|ignore|abandon|bin|kill)\s+(?:the|that|my|our|this)\s+(?<type>[a-z][a-z ]{1,25}?)[-\s]only\s+(?:idea|thing|bit|part|plan|limit|restriction|filter|request|ask|rule|approach|requirement|instruction)\b/g;

/** "any type", "any asset type is fine", "all types are ok": what stands after the dropped limit, asking for nothing. */
const ANY_TYPE_AFTER =
  /^[^\S\n]*[;,:\u2013\u2014-]?[^\S\n]*(?:(?:any|all)\s+(?:asset\s+)?types?|every\s+(?:asset\s+)?type)(?:\s+(?:is|are)\s+(?:fine|ok(?:ay)?|good|allowed|in(?:\s+scope)?))?(?![a-z])/;

/**
 * Claims a limit to one type dropped by name, every earlier mention of that type (the limit it took back), and an
 * "any type" after it.
 */
function claimTypeLimitsDropped(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(TYPE_LIMIT_DROPPED)) {
    const word = match.groups?.['type'] ?? '';
    const at = match.index + match[0].indexOf(word, match[0].search(/\s(?:the|that|my|our|this)\s/));
    const named = vocabulary.matchAt(text.lower, at, false, text.source);
    if (named === null || named.item.kind !== 'type') continue;
    const assetType = named.item.assetType;
    // The sentence that set the limit goes with it, its reasons too: "Warehouses only - our DCs are full" names the
    // DCs only as why the limit was set.
    for (const found of matchesIn(text, 0, match.index, vocabulary)) {
      if (found.item.kind !== 'type' || found.item.assetType !== assetType) continue;
      const sentenceEnd = Math.min(sentenceEndAfter(text, found.end), match.index);
      for (const other of matchesIn(text, sentenceStartBefore(text, found.start), sentenceEnd, vocabulary)) {
        if (other.item.kind === 'type' && text.isFree(other.start, other.end)) text.claim(other.start, other.end);
      }
    }
    const end = match.index + match[0].length;
    const any = ANY_TYPE_AFTER.exec(text.lower.slice(end));
    text.claim(match.index, end + (any === null ? 0 : any[0].length));
  }
}

/** Claims the types taken back (see above), before any list is read. */
export function claimTypeChoicesTakenBack(text: BriefText, vocabulary: PlaceVocabulary): void {
  claimTrailedOffReplacements(text, vocabulary);
  claimTypeLimitsDropped(text, vocabulary);
}
