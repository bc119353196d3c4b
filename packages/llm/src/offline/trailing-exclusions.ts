import type { BriefText } from './brief-text.js';
import { readPlaceExclusionLines } from './place-exclusion-lines.js';
import { assetPointedBack, assetsDescribedBefore } from './demonstrative-types.js';
import { bracketedAssetsOfType } from './described-assets.js';
import { itemNamingAssets } from './joined-list-items.js';
import { lastLetterBefore, listEndingAt } from './list-positions.js';
import { TRAILING_EXCLUDE } from './place-list-triggers.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { type ListItem, readList } from './read-place-list.js';

/*
 * Lists written before the words that rule them out ("labs and plants are off the table", "Dallas: no"), and a
 * subject the portfolio does not know ruled out with its places in a bracket ("the Sun Belt (Dallas and Houston) is
 * out").
 */

/** A verb put before its subject, which makes the sentence ask: "Are offices ...", "Should the Tempe Office ...". */
const ASKED_BEFORE =
  /(?:^|[^a-z])(?:are|is|was|were|should|shall|would|will|could|can|must|do|does|did|has|have)\s+(?:(?:the|our|all|both|any|these|those)\s+)*$/;

/**
 * "- Carrollton Data Center: customer expansion under contract, do not sell.": a line that names buildings, then after
 * a colon the reason, then the order not to sell them. Group `opening` runs to where the names start.
 */
const NAMED_REASON_THEN_ORDER =
  /^(?<opening>[^\S\n]*(?:[-\u2022*][^\S\n]*)?)[^:\n]{3,80}?:[^\n:$%\d]{1,120}?[,;\u2013\u2014-]\s*(?:do\s+not|don['\u2019]t|never)\s+(?:sell|touch|include)(?:\s+(?:it|them))?\s*[.!]?[^\S\n]*$/gm;

/** "labs and plants are off the table": the list comes before the words that rule it out. */
export function readTrailingExclusions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  // First the lines whose shape rules their places out ("- Chicago, Columbus excluded from the sale").
  readPlaceExclusionLines(text, vocabulary, lists);
  for (const match of text.freeMatches(NAMED_REASON_THEN_ORDER)) {
    const from = match.index + (match.groups?.['opening']?.length ?? 0);
    const list = readList(text, from, vocabulary, true);
    const end = match.index + match[0].length;
    // Only buildings named, and nothing but the names before the colon.
    if (list === null || !/^\s*:/.test(text.lower.slice(list.end)) || !text.isFree(from, end)) continue;
    if (!list.items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset')) continue;
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, from, list.end, list);
  }
  for (const match of text.freeMatches(TRAILING_EXCLUDE)) {
    // "Dallas: no", "Houston - not for sale": a list, a colon or a dash, and its verdict.
    const question = /^\s*\?/.test(text.lower.slice(match.index + match[0].length));
    const mark = lastLetterBefore(text, match.index);
    const found =
      listEndingAt(text, match.index, vocabulary) ??
      (text.lower[mark] === ':' || text.lower[mark] === '-' ? listEndingAt(text, mark, vocabulary) : null) ??
      listBeforeAside(text, match.index, vocabulary);
    // "Are offices off the table?" asks; it rules nothing out. A verdict stated as the condition of a question ("Is
    // $450M achievable if the headquarters stays owned?") still rules its list out, when the list is whole: one found
    // after a comma may be the tail of a longer one ("with the Columbus parts store, the Secaucus store ... excluded?").
    const before = found === null ? '' : text.lower.slice(Math.max(0, found.start - 30), found.start);
    if (question && (found === null || ASKED_BEFORE.test(before) || /,\s*$/.test(before))) continue;
    const end = match.index + match[0].length;
    if (found === null) {
      readRestatedSubject(text, vocabulary, lists, match.index, end);
      continue;
    }
    // The words after the verdict may hold a figure already read ("not part of the USD 100m programme").
    if (!text.isFree(found.start, match.index + 1)) continue;
    // "Both plants out - Cicero and Pasadena": the names after the verdict say which assets of the type are meant.
    const only = found.list.items.length === 1 ? found.list.items[0]?.match : undefined;
    const named = only?.item.kind === 'type' ? bracketedAssetsOfType(text.lower, end, only.item.assetType, vocabulary) : null;
    const list =
      named === null ? found.list : { ...found.list, items: [itemNamingAssets(text, found.list.items[0] as ListItem, named.ids)] };
    text.claim(found.start, named?.end ?? end);
    lists.exclusionEnds.push(named?.end ?? end);
    ruleOutList(
      lists,
      text,
      found.start,
      end,
      list,
      assetPointedBack(text, found.list, vocabulary) ?? assetsDescribedBefore(text, found.list, vocabulary, lists.excluded) ?? undefined,
    );
  }
}

/**
 * An aside set off by commas between a subject and its verdict, which says why or on what terms: ", subject to the
 * flood review,", ", pending the title work,", ", given the lease renewal,". Literal opening words only, so that a
 * clause of its own between two commas ("Dallas, Houston is out") is never taken for one.
 */
const ASIDE_BEFORE_VERDICT =
  /^\s*(?:subject\s+to|pending|given|owing\s+to|due\s+to|because\s+of|in\s+(?:view|light)\s+of|following|as\s+(?:agreed|discussed|noted))\s[^,;:.!?\n]{1,80}$/;

/**
 * "Properties in the Inland Empire, subject to the port-access study, are excluded": the list that ends at the comma
 * opening an aside right before the verdict, or null when no aside stands there. The verdict's clause opens at the
 * aside's closing comma, and the aside is the clause before it.
 */
function listBeforeAside(text: BriefText, verdict: number, vocabulary: PlaceVocabulary): ReturnType<typeof listEndingAt> {
  const clause = text.clauseAround(verdict);
  if (clause.start < 2 || text.lower[clause.start - 1] !== ',' || !/^\s*$/.test(text.lower.slice(clause.start, verdict))) return null;
  const aside = text.clauseAround(clause.start - 2);
  if (text.lower[aside.start - 1] !== ',' || !ASIDE_BEFORE_VERDICT.test(text.lower.slice(aside.start, clause.start - 1))) return null;
  return listEndingAt(text, aside.start - 1, vocabulary);
}

/** Words that open a bracket restating what comes before it: "that means", "i.e.", "namely". */
const RESTATING = /^\s*(?:(?:that|which)\s+(?:means|is)|i\.?\s?e\.?|meaning|namely|so|read)?[\s,:]*/;

/**
 * "The Midwest is off the table (that means Columbus and Chicago)", "The Sun Belt (Dallas and Houston) is out": a
 * subject the portfolio does not know, ruled out, whose places a bracket right after the verdict or right before
 * it names. The places in the bracket are ruled out.
 */
function readRestatedSubject(
  text: BriefText,
  vocabulary: PlaceVocabulary,
  lists: PlaceLists,
  verdictStart: number,
  verdictEnd: number,
): void {
  const after = /^\s*\(/.exec(text.lower.slice(verdictEnd));
  // The bracket before the verdict is read from its opening, whatever full stops it holds ("(i.e. Dallas)").
  const before = text.lower.lastIndexOf('(', verdictStart);
  const open = after !== null ? verdictEnd + after[0].length - 1 : before;
  if (open < 0 || (after === null && !/^\([^()]*\)\s*$/.test(text.lower.slice(before, verdictStart)))) return;
  const from = open + 1 + (RESTATING.exec(text.lower.slice(open + 1))?.[0].length ?? 0);
  const list = readList(text, from, vocabulary, true);
  const close = text.lower.indexOf(')', from);
  if (list === null || close < 0 || !/^[\s.]*$/.test(text.lower.slice(list.end, close)) || !text.isFree(from, list.end)) return;
  const end = Math.max(close + 1, verdictEnd);
  text.claim(Math.min(open, verdictStart), end);
  lists.exclusionEnds.push(end);
  ruleOutList(lists, text, from, list.end, list);
}
