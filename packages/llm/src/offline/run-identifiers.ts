/**
 * A run id as the service writes it: a UUID. Readers look for it in the lower-cased reading copy, so the pattern is
 * lower case; `g` because a message may name several (the first is the one asked about).
 */
export const RUN_ID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

/** A run id in either case, for finding ids in a text that has not been lower-cased. */
const RUN_ID_ANY_CASE = new RegExp(RUN_ID.source, 'gi');

/**
 * `repaired` with every run id of `original` written back as `original` has it, character for character. The
 * scanned-page repairs read a zero between letters as "o" and a one as "l" or "i" ("dfob" for "df0b"): right for a
 * word, wrong for a hex id, whose every character must survive for the run to be found. Both texts have the same
 * length (every repair keeps offsets), so a span in one is the same span in the other.
 */
export function withRunIdsKept(repaired: string, original: string): string {
  let kept = repaired;
  for (const match of original.matchAll(RUN_ID_ANY_CASE)) {
    kept = kept.slice(0, match.index) + match[0] + kept.slice(match.index + match[0].length);
  }
  return kept;
}
