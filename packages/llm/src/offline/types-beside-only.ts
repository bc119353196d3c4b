import type { BriefText } from './brief-text.js';
import { LIST_JOINER } from './place-list-triggers.js';
import type { PlaceLists } from './place-lists.js';
import type { ListItem } from './read-place-list.js';

/*
 * "Warehouses only - our DCs are running at capacity", "sell warehouses only this round - the distribution centers
 * have too much of our own equipment in them", "Data centers and labs wouldn't be there anyway, but restrict to
 * warehouses and distribution centers": where the types to sell are given with "only" or "restrict to", another type
 * that is the subject of a statement says why, and is not asked for.
 */

/** Words before a run of types that make it the only ones asked for: "only", "just", "restrict to", "nothing but". */
const ONLY_BEFORE =
  /\b(?:only|just|solely|exclusively|nothing\s+but|restrict(?:ed|ing)?\s+(?:it\s+|this\s+|the\s+sale\s+)?to|limit(?:ed|ing)?\s+(?:it\s+|this\s+|the\s+sale\s+)?to)\s+(?:(?:the|our)\s+)?$/;

/** Words after a run of types that make it the only ones asked for: "warehouses only", "plants alone". */
const ONLY_AFTER = /^\s+(?:only|alone)\b/;

/**
 * A verb after a run of types that makes the run the subject of a statement: "our DCs are running at capacity", "the
 * distribution centers have too much equipment", "labs wouldn't be there anyway".
 */
const STATEMENT_VERB =
  /^\s+(?:are|is|were|was|have|has|had|hold|carry|need|run|sit|would(?:n['\u2019]t)?|will|won['\u2019]t|can['\u2019]t|cannot|could(?:n['\u2019]t)?|aren['\u2019]t|isn['\u2019]t|don['\u2019]t|do)\b/;

/** Words in the statement that let the type in after all: "offices are fine too", "labs can go as well". */
const LET_IN =
  /\b(?:fine|ok(?:ay)?|welcome|allowed|eligible|included|in\s+scope|as\s+well|too(?!\s+(?:much|many|few|little|important|critical))|also|can\s+go|could\s+go)\b/;

/** An article or possessive that ends the words between two items of one list: "the data centers and the lab". */
const ARTICLE_AFTER = /\s(?:the|our)\s+$/;

/** The runs of type items joined by "and", commas and the like, in the order they stand. */
function typeRuns(text: BriefText, items: readonly ListItem[]): ListItem[][] {
  const runs: ListItem[][] = [];
  for (const item of [...items].sort((a, b) => a.start - b.start)) {
    if (item.match?.item.kind !== 'type') continue;
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (
      last !== undefined &&
      previous !== undefined &&
      LIST_JOINER.test(text.lower.slice(previous.end, item.start).replace(ARTICLE_AFTER, ' '))
    )
      last.push(item);
    else runs.push([item]);
  }
  return runs;
}

/**
 * "Warehouses only - our DCs are running at capacity": where a run of types is asked for with "only" or "restrict
 * to", a run of other types asked for in passing (from `bareFrom` on in the included list) that is the subject of a
 * statement gives a reason, and is dropped. A statement that lets the type in ("offices are fine too") keeps it.
 */
export function dropTypesBesideOnly(text: BriefText, lists: PlaceLists, bareFrom: number): void {
  const runs = typeRuns(text, lists.included);
  const only = runs.filter((run) => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return false;
    return (
      ONLY_BEFORE.test(text.lower.slice(Math.max(0, first.start - 40), first.start)) ||
      ONLY_AFTER.test(text.lower.slice(last.end, last.end + 12))
    );
  });
  if (only.length === 0) return;
  const bare = new Set(lists.included.slice(bareFrom));
  for (const run of runs) {
    const last = run[run.length - 1];
    if (last === undefined || only.includes(run) || !run.every((item) => bare.has(item))) continue;
    const after = text.lower.slice(last.end, text.clauseAround(last.end).end);
    if (!STATEMENT_VERB.test(after) || LET_IN.test(after)) continue;
    for (const item of run) lists.included.splice(lists.included.indexOf(item), 1);
  }
}
