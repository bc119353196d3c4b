import type { BriefText } from './brief-text.js';

/** A count: "26", "1,250", "three", "a dozen". */
const COUNT = String.raw`(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen|dozens\s+of|several)`;
/**
 * A count right before a type, with the verb of an event before it: "sold three stores", "closing 4 stores",
 * "opened two DCs". Group `verb` is the event's verb, when there is one.
 */
const COUNTED_BEFORE = new RegExp(
  String.raw`(?:\b(?<verb>sold|closed|closing|close|shut|shutting|opened|opening|acquired|bought|built|operate|operates|operating|run|runs|running)\s+)?\b${COUNT}\s+(?:new\s+|owned\s+|more\s+|other\s+|leased\s+)?$`,
);
/** Where counted buildings are, as a statistic: "26 DCs network-wide", "18 DCs in the wider network". */
const COUNTED_AFTER =
  /^s?\s*(?:network[-\s]wide|nationwide|company[-\s]wide|group[-\s]wide|in\s+(?:the\s+|our\s+)?(?:wider\s+|whole\s+|entire\s+|overall\s+)?(?:network|estate|portfolio|group|system|country)|across\s+(?:the\s+|our\s+)?(?:network|country|us|estate|group))\b/;
/** People counted at a place: "14 new hires in Phoenix", "1,250 employees in Columbus", "headcount at Cicero". */
const STAFF_BEFORE =
  /(?:\b\d[\d,.]*\s+(?:new\s+)?(?:hires|employees|staff|people|workers|jobs|ftes?|associates|heads)\s+(?:in|at|across|based\s+in)|\bheadcount\s+(?:at|in))\s+(?:the\s+|our\s+)?$/;
/** An event a place or type names, not a filter: "the Chicago consolidation", "the plant closures". */
const EVENT_AFTER =
  /^s?\s+(?:consolidations?|closures?|closings?|shutdowns?|expansions?|openings?|floods?|flooded|flooding|hurricanes?|storms?|headcount|hiring|hires|workforce|employees)\b/;
/** "when Houston flooded": a time in the past named by what happened at a place. */
const WHEN_BEFORE = /\bwhen\s+(?:the\s+|our\s+)?$/;
const PAST_AFTER = /^\s+[a-z]+ed\b/;

/**
 * True when a place or type mention, with no word around it asking for anything, only gives background: a count of
 * buildings as a statistic or an event ("26 DCs network-wide", "sold three stores for $22m"), people counted there
 * ("14 new hires in Phoenix"), an event it names ("the Chicago consolidation", "when Houston flooded"), or a part of
 * a model's variable name ("hq_sqft"). Such a mention asks for no filter.
 */
export function isBackgroundMention(text: BriefText, start: number, end: number): boolean {
  const before = text.lower.slice(Math.max(0, start - 60), start);
  const after = text.lower.slice(end, end + 60);
  if (text.lower[start - 1] === '_' || text.lower[end] === '_') return true;
  const counted = COUNTED_BEFORE.exec(before);
  if (counted !== null && (counted.groups?.['verb'] !== undefined || COUNTED_AFTER.test(after))) return true;
  if (STAFF_BEFORE.test(before) || EVENT_AFTER.test(after)) return true;
  return WHEN_BEFORE.test(before) && PAST_AFTER.test(after);
}
