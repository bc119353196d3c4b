/**
 * Words that treasury teams writing English as a second language carry over from their own language or from
 * European finance habits, rewritten in the reading copy as the readers expect them and keeping the length, so
 * that every position still matches the brief:
 * - a money scale written the continental way: "120 MUSD" and "MUSD 500" (millions of dollars), "1,2 Mrd. USD"
 *   (Milliarde, a billion), "400 millones USD", "300 milioni";
 * - a multiple in another language: "4,25 volte", "3,75 veces" (times);
 * - a limit abbreviated with a dot before its figure: "criticality max. 0,75", "rent max. 5 Mio. USD";
 * - a term glossed in brackets: "Lease term (Laufzeit) 10 years" (the gloss is dropped),
 *   "Steuersatz (tax rate) 29 %", "20 anni (years)", "the Rechenzentren (data centers)" (the English gloss is read
 *   in place of the word it explains);
 * - "hypothecated" for mortgaged;
 * - "with the exclusion of Ohio and of the mortgaged assets" (the Romance "à l'exclusion de", "con exclusión de")
 *   read as "excluding Ohio and the mortgaged assets".
 */

/** Words from other languages that a brief glosses in brackets: terms of a lease, tax, asset types, governance. */
const FOREIGN_TERM =
  'laufzeit|mindestbetrag|steuersatz|rechenzentren|rechenzentrum|aufsichtsrat|vorstand|jahre|anni|años|anos|ans|volte|veces|fois|mal|plazo|durata|duración|aliquota|tasa|taux|impuesto|lagerhallen|lager|bürogebäude|büros';

/** "Steuersatz (tax rate)": a foreign word, then its English gloss in brackets (letters and spaces only). */
const GLOSSED_FOREIGN = new RegExp(`\\b(?:${FOREIGN_TERM})\\s?\\(([a-z][a-z -]{1,30})\\)`, 'g');

/** "Lease term (Laufzeit)": an English word, then the foreign word it translates, in brackets. */
const FOREIGN_GLOSS = new RegExp(`\\((?:${FOREIGN_TERM})\\)`, 'g');

/** A money scale or multiple written in another language, each with the English word of the same length. */
const SAME_LENGTH_WORDS: Readonly<Record<string, string>> = {
  millones: 'millions',
  milioni: 'million',
  volte: 'times',
  veces: 'times',
  mrd: 'bln',
  mld: 'bln',
  hypothecated: 'mortgaged   ',
};
const FOREIGN_WORD = /\b(?:millones|milioni|volte|veces|mrd|mld|hypothecated)(?![a-z])/g;

/** "120 MUSD": millions of dollars after the figure, read as "120m usd". */
const MUSD_AFTER = /(?<=\d) musd\b/g;

/** "MUSD 500": millions of dollars before the figure, read as "usd 500m". */
const MUSD_BEFORE = /\bmusd (\d+(?:[.,]\d+)?)(?![\d.,]*\d)(?![a-z])/g;

/** "max. 0,75", "min. 1,5x": a limit abbreviated with a dot, just before its figure; the dot is read as a space. */
const ABBREVIATED_LIMIT = /\b(max|min)\.(?= ?\d)/g;

/** "with the exclusion of", "with exclusion of": a way of saying "excluding". */
const WITH_EXCLUSION_OF = /\bwith\s+(?:the\s+)?exclusion\s+of\s/g;

/** "and of the mortgaged assets" after such an exclusion: the repeated "of" of one list, read as a plain "and". */
const AND_OF = /(?<=excluding [^.;:\n]{1,60}?\b(?:and|or|nor)) of(?= )/g;

/** `lower` with the continental words above written the English way, the same length. */
export function englishWording(lower: string): string {
  let text = lower;
  // The cheap tests first: most briefs hold none of these words.
  if (text.includes('(')) {
    text = text.replace(GLOSSED_FOREIGN, (whole, gloss: string) => gloss.padEnd(whole.length, ' '));
    text = text.replace(FOREIGN_GLOSS, (whole) => ' '.repeat(whole.length));
  }
  text = text.replace(FOREIGN_WORD, (word) => SAME_LENGTH_WORDS[word] ?? word);
  if (text.includes('musd')) {
    text = text.replace(MUSD_AFTER, 'm usd').replace(MUSD_BEFORE, (_whole, figure: string) => `usd ${figure}m`);
  }
  if (text.includes('.')) text = text.replace(ABBREVIATED_LIMIT, ' $1');
  if (text.includes('exclusion of')) {
    // Right-aligned, so that "excluding" stands just before what it rules out.
    text = text.replace(WITH_EXCLUSION_OF, (whole) => 'excluding '.padStart(whole.length, ' '));
    text = text.replace(AND_OF, '   ');
  }
  return text;
}
