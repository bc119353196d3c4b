/**
 * A reporting basis said in plain words rather than by the standard's name: the US rules ("US accounting", "US
 * accounting rules", "report on the US basis") and the international ones ("the international reporting standard",
 * "the international rules apply", "the international accounting view"); and a named basis turned down beside the one
 * asked for ("under IFRS 16 rather than US GAAP", "US GAAP numbers this time, not IFRS 16").
 */

/**
 * The US rules in plain words. "us" must not be the pronoun: "it costs us accounting time" and "give us basis points"
 * are not a basis, so a verb or preposition that takes "us" as its object rules the reading out, as do basis points.
 */
export const US_BASIS_IN_PLAIN_WORDS =
  /(?<!\b(?:give|gives|gave|cost|costs|cost|tell|tells|told|let|lets|help|helps|for|to|with|from|send|sends|show|shows|leave|leaves|make|makes|ask|asks|asked|get|gets|got|owe|owes|charge|charges)\s+)\b(?:u\.s\.|us)\s+(?:accounting(?:\s+(?:rules|standards?|basis|view|treatment))?|basis(?!\s+points?\b)|reporting\s+(?:rules|standards?|basis))(?![a-z])/g;

/** The international rules in plain words: "the international reporting standard", "international accounting". */
export const IFRS_IN_PLAIN_WORDS =
  /\binternational\s+(?:(?:financial\s+)?reporting\s+(?:standards?|rules|basis)|accounting(?:\s+(?:standards?|rules|view|basis|treatment))?|(?:rules|standards?)(?=\s+(?:apply|applies|\(|for\s+(?:the\s+)?leases|on\s+leases)|\s*[.,;)]))(?![a-z])/g;

/** A named basis: "IFRS", "IFRS 16", "US GAAP", "GAAP", with "reporting", "basis", "accounting" or "numbers" after it. */
const NAMED_BASIS = String.raw`(?:ifrs(?:\s*16)?|(?:us\s+|u\.s\.\s+)?gaap)(?:\s+(?:basis|reporting|accounting|numbers))?`;

/**
 * A named basis turned down beside another ("under IFRS 16 rather than US GAAP", "US GAAP this time, not IFRS 16 like
 * last quarter", "instead of IFRS") or named in brackets as the old one ("IFRS16 (was US GAAP)"): claimed and read as
 * nothing, so that the basis asked for is the one read.
 */
export const BASIS_TURNED_DOWN = new RegExp(
  String.raw`\b(?:(?:rather\s+than|instead\s+of|not)\s+(?:the\s+|under\s+|on\s+)?${NAMED_BASIS}|(?<=\(\s*)(?:was|previously|formerly|used\s+to\s+be)\s+${NAMED_BASIS}(?=\s*\)))(?![a-z0-9])`,
  'g',
);

/**
 * A named basis asked about in a thread and answered "no" on the next line ("Sasha: IFRS? / Tim: no, GAAP for this
 * one"): claimed and read as nothing, so that the basis the answer names is the one read.
 */
export const BASIS_ASKED_AND_REFUSED = new RegExp(
  String.raw`\b${NAMED_BASIS}[^\S\n]*\?(?=[^\S\n]*\n[^\S\n]*[a-z\u00c0-\u00ff]+[^\S\n]*:[^\S\n]*(?:no|nope|not)\b)`,
  'g',
);

/**
 * "GAAP" alone said of the deal at hand ("no, GAAP for this one", "GAAP on this deal"): the US rules, which "GAAP"
 * alone names only where it ends a clause (`US_GAAP`).
 */
export const GAAP_FOR_THIS_ONE =
  /(?<![-\w])gaap(?=[^\S\n]+(?:for|on)[^\S\n]+(?:this|the)[^\S\n]+(?:one|deal|run|program|transaction|sale)\b)/g;

/**
 * The spans of a checklist's unticked boxes with a basis after them ("Accounting: ☒ US GAAP ☐ IFRS 16": the "☐ IFRS
 * 16"), found in the text as written, since the reading copy writes every box as the same stand-in. The ticked basis
 * is the one asked for; an unticked one is claimed and read as nothing.
 */
export function untickedBases(source: string): { start: number; end: number }[] {
  if (!/[\u2610\u25a1]/.test(source)) return [];
  const unticked = new RegExp(String.raw`[\u2610\u25a1][^\S\n]*${NAMED_BASIS}`, 'gi');
  return [...source.matchAll(unticked)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
