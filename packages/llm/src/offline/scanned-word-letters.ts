/**
 * Words from a scanned or faxed page, where the digit one stands for a letter l inside a word ("Ca1ifornia", "on1y",
 * "Co1umbus", "P1ant") and a lower-case l for the capital I that opens a state's name ("lllinois", "lndiana"). Each
 * character is written as the letter it stands for, one for one, so that every offset into the text stays where it
 * was. Only a one between letters of a word of four or more letters is touched: "Q1", "H1b", "DAL-01" and "1.5x" are
 * left as written.
 */

/** A word with a one between its letters: "Ca1ifornia", "on1y", "sing1e", "P1ant" (letters on both sides). */
const ONE_INSIDE_WORD = /\b[A-Za-z]+1[a-z][A-Za-z1]*\b/g;

/**
 * A word with a zero for its letter O between its letters: "FL00R", "PR0CEEDS", "S0UGHT", "Pr0ceeds" (letters at both
 * ends, so that "Chicag0", "IE-01" or "2O7" are left to their own readers).
 */
const ZERO_INSIDE_WORD = /\b[A-Za-z]+0[A-Za-z0]*[A-Za-z]\b/g;

/** A state or market opening with a capital I scanned as a lower-case l: "lllinois", "lndiana", "lowa", "lnland Empire". */
const SCANNED_CAPITAL_I = /\bl(?=(?:llinois|ndiana|owa|daho|nland[^\S\n]+empire)\b)/gi;

/**
 * The text with each scanned word's ones written as the letter l ("Ca1ifornia" as "California"), its zeros as the letter
 * O ("FL00R" as "FLOOR") and a state's opening l written as I ("lllinois" as "Illinois"), character for character. A
 * text with no such word comes back as it was.
 */
export function repairScannedWords(text: string): string {
  if (!/[a-z][10][a-z0]|\bl[ldno]/i.test(text)) return text;
  return text
    .replace(ONE_INSIDE_WORD, (word) => (word.length >= 4 ? word.replace(/1/g, 'l') : word))
    .replace(ZERO_INSIDE_WORD, (word) => (word.length >= 4 ? word.replace(/0/g, 'O') : word))
    .replace(SCANNED_CAPITAL_I, 'I');
}
