/**
 * A reply to a quoted question that leaves places or assets out: "> Exclude the Dallas HQ?" answered "Yes, and the
 * Carrollton data center" widens the list, and "> Exclude Atlanta and Newark?" answered "Just Newark. Keep Atlanta."
 * narrows it. The spans found are read as nothing, so that the quoted question reads as the list the reply settles on.
 */

type Span = { start: number; end: number };

/** A quoted question that leaves something out: its verb, then the list it asks about, up to the question mark. */
const EXCLUSION_QUESTION =
  /^(?:(?:should|shall|can|do|could)\s+we\s+)?(?:exclude|drop|remove|carve\s+out|leave\s+out|take\s+out)\s+(?<list>[^?\n]+)\?[^\S\n]*$/;
/** A reply that agrees and names one more: "Yes, and the Fontana Warehouse", "Yes. And Chicago", "Yes - plus the HQ". */
const AGREED_AND_MORE = /^(?<agreed>[^\S\n]*(?:yes|yep|yeah|agreed|correct|right)[^\S\n]*[,.;:!-]*[^\S\n]*)(?:and|plus)\s+[a-z]/;
/** A reply that keeps only one of the list: "Just Newark.", "Only the Fontana Warehouse.", "Newark only." */
const ONLY_ONE =
  /^[^\S\n]*(?:(?:just|only)\s+(?:the\s+)?(?<named>[a-z][a-z' -]{1,40}?)|(?:the\s+)?(?<after>[a-z][a-z' -]{1,40}?)\s+only)[^\S\n]*(?:[.!](?=\s|$)|(?=\n|$))/;
/** Items of a list: split at commas and at "and" / "or". */
const LIST_SEPARATOR = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+/g;

/**
 * The spans that make a quoted exclusion question read as its reply settles it: for "Yes, and the Y", the question
 * mark and the agreement, so that "exclude the X and the Y" is read; for "Just Y", the other items of the quoted list,
 * the reply's sentence, and a sentence that keeps a dropped item in ("Keep Atlanta.").
 */
export function quotedExclusionSpans(lower: string, quoted: Span, reply: Span): Span[] {
  const question = EXCLUSION_QUESTION.exec(lower.slice(quoted.start, quoted.end));
  if (question === null) return [];
  const answer = lower.slice(reply.start, reply.end);
  const more = AGREED_AND_MORE.exec(answer);
  const questionMark = quoted.start + (question[0].lastIndexOf('?') ?? 0);
  if (more !== null) return [{ start: questionMark, end: reply.start + (more.groups?.['agreed'] ?? '').length }];
  const only = ONLY_ONE.exec(answer);
  const named = only?.groups?.['named'] ?? only?.groups?.['after'];
  if (only === null || named === undefined) return [];
  const list = question.groups?.['list'] ?? '';
  const listStart = quoted.start + question[0].indexOf(list);
  // The items of the list, each with the separator before it; the one the reply names is kept.
  const items: Span[] = [];
  let from = 0;
  for (const separator of list.matchAll(LIST_SEPARATOR)) {
    items.push({ start: from, end: separator.index ?? 0 });
    from = (separator.index ?? 0) + separator[0].length;
  }
  items.push({ start: from, end: list.length });
  if (items.length < 2) return [];
  const kept = items.findIndex((item) => list.slice(item.start, item.end).replace(/^the\s+/, '') === named.trim());
  if (kept === -1) return [];
  const spans: Span[] = [{ start: reply.start, end: reply.start + only[0].length }];
  items.forEach((item, index) => {
    if (index === kept) return;
    // A dropped item goes with the separator after it, or before it when it ends the list.
    const end = index < kept ? (items[index + 1] as Span).start : item.end;
    const start = index < kept ? item.start : (items[index - 1] as Span).end;
    spans.push({ start: listStart + start, end: listStart + end });
    // "Keep Atlanta.", "Atlanta stays.": the dropped item kept in the program, which says nothing more.
    const name = list.slice(item.start, item.end).replace(/^the\s+/, '');
    const keptIn = new RegExp(
      String.raw`(?<=^|[.!]\s+)(?:(?:keep|retain)\s+(?:the\s+)?${escaped(name)}(?:\s+in(?:\s+scope)?)?|(?:the\s+)?${escaped(name)}\s+stays(?:\s+in)?)[.!]?`,
    ).exec(answer);
    if (keptIn !== null) spans.push({ start: reply.start + keptIn.index, end: reply.start + keptIn.index + keptIn[0].length });
  });
  return spans;
}

/** `text` with the characters a pattern reads as operators escaped. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
