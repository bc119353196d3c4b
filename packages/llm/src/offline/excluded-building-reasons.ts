import type { BriefText } from './brief-text.js';
import type { PlaceLists } from './place-lists.js';

/*
 * The reason given for keeping a building, in the clause after it: "keep the Pasadena packaging plant out; it's the
 * only line that does the retail clamshells". What the building makes or serves is said of it, and asks for no type
 * or market of the sale.
 */

/**
 * The clause after a ruled-out building that speaks of it by "it", up to the end of its sentence; one that turns to
 * what is to be sold instead ("; it's better to sell retail") gives the sale's scope, not a reason.
 */
const REASON_AFTER =
  /^[^.;!?\n$]{0,30}?(?:;|,|\s[\u2013\u2014-])\s*(?:it['\u2019]s|it\s+(?:is|has|does|makes|runs|serves|holds)|its)\s(?![^.;!?\n]*\b(?:sell|selling|sold|raise|instead|rather)\b)[^.;!?\n$]*/;

/**
 * Claims the clause after each building ruled out by name that gives the reason by "it" ("; it's the only line that
 * does the retail clamshells"), so that the words of the reason are read as nothing asked for.
 */
export function claimExcludedBuildingReasons(text: BriefText, lists: PlaceLists): void {
  for (const item of lists.excluded) {
    if (item.assetId === null && item.match?.item.kind !== 'asset') continue;
    const reason = REASON_AFTER.exec(text.lower.slice(item.end));
    if (reason === null) continue;
    const start = item.end + reason[0].search(/it/);
    const end = item.end + reason[0].length;
    if (text.isFree(start, end)) text.claim(start, end);
  }
}
