/**
 * Short words from a scanned page whose double l came out as ones: "a11 encumbered sites", "we wi11 need", "sti11
 * owned", "unti1 June", "aII properties". Only the common words that end in a double l are repaired, one for one so that every offset
 * stays where it was; a code or a figure ("A11", "Q11", "B11") is left as written, since the list holds whole words.
 */

/**
 * The words, each written with its double l as ones, as a one and an l, or as capital i's (the scanner reads an l as
 * a capital I just as often): "a11", "wi1l", "sti1l", "sha11", "aII". The stems are lower case, so a roman numeral
 * after a capitalised word ("Phase II") is never touched.
 */
const DOUBLE_ELL_AS_ONES = /\b(a|wi|sti|sha|ti|unti|se|we|fu|sma|ca|ha)(11|1l|l1|II|Il|lI)\b/g;

/** The text with the ones of each such word written as l ("a11" as "all"); a text with none comes back as it was. */
export function repairScannedDoubleElls(text: string): string {
  if (!/[a-z](?:11|1l|l1|II|Il|lI)\b/.test(text)) return text;
  return text.replace(DOUBLE_ELL_AS_ONES, (_word, stem: string) => `${stem}ll`);
}
