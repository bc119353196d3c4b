/**
 * Words from a scanned or faxed page, where the digit one stands for a letter l inside a word ("Ca1ifornia", "on1y",
 * "Co1umbus", "P1ant"), or for an i between two consonants ("Ch1cago", "Phoen1x"), a zero for an o ("Chicag0",
 * "FL00R"), and a lower-case l for the capital I that opens a state's name ("lllinois", "lndiana"). Each
 * character is written as the letter it stands for, one for one, so that every offset into the text stays where it
 * was. A capital I inside a lower-case word, or opening a key word, is written as the l it stands for ("ceiIing",
 * "Ieaseability"). Only a one between letters of a word of four or more letters is touched: "Q1", "H1b", "DAL-01" and "1.5x" are
 * left as written.
 */

/**
 * A word with a one between its letters: "Ca1ifornia", "on1y", "sing1e", "P1ant" (letters on both sides), or two for its
 * double l ("sma11est", "Da11as"), a lower-case letter after them so that a code ("FY11") is left alone.
 */
const ONE_INSIDE_WORD = /\b[A-Za-z]+1(?:1?[a-z])[A-Za-z1]*\b/g;

/**
 * A word opening or closing with a one for its l: "1owest", "1ong-run", "1easeback" (a one before a vowel and two more
 * letters), "annua1", "Mode1" (a one after four letters, the last lower case). Figures ("1bn", "1st", "Q1", "FY21",
 * "DAL-01") have no vowel after the one, or fewer letters or a capital before it, and are left as written.
 */
const ONE_OPENING_WORD = /\b1(?=[aeiou][a-z]{2,}\b)/g;
const ONE_CLOSING_WORD = /(?<=\b[A-Za-z][a-z]{3,})1\b/g;

/**
 * A word of letters with a zero for its o: "Chicag0", "N0RTHWIND", "FL00R", "Pr0ceeds" (only letters and zeros, three
 * letters at least, checked when repaired), so that "FY20", "B04" and "DAL-00" keep their figures.
 */
const ZERO_IN_WORD = /\b(?:[A-Za-z0]*[A-Za-z]0|0[A-Za-z])[A-Za-z0]*\b/g;

/** A state or market opening with a capital I scanned as a lower-case l: "lllinois", "lndiana", "lowa", "lnland Empire". */
const SCANNED_CAPITAL_I = /\bl(?=(?:llinois|ndiana|owa|daho|nland[^\S\n]+empire)\b)/gi;

/**
 * A word in lower case with a capital I scanned for one or more of its l's: "ceiIing", "beIow", "onIy", "miIIion",
 * "approximateIy", "CriticaIity". Two lower-case letters at least come before the first I, so that a name's own
 * capital ("McIntyre", "DiIorio") is left alone, and only lower-case letters and I's follow it.
 */
const CAPITAL_I_INSIDE_WORD = /\b[A-Za-z]?[a-z]{2,}I[a-zI]*\b/g;

/**
 * A key word of the settings opening with a capital I scanned for its l: "Ieaseability", "Ieases", "Ieverage", "Iimit",
 * "not Iess than".
 * Only these words, so that a word that does open with an I is left alone.
 */
const CAPITAL_I_OPENING_KEY_WORD =
  /\bI(?=(?:ease|eases|eased|easing|easeback|easeability|easability|everage|imit|imits|ien|iens|ess|ower|evel)\b)/g;

/**
 * The text with each scanned word's ones written as the letter they stand for ("Ca1ifornia" as "California", "Ch1cago"
 * as "Chicago"), its zeros as o ("FL00R" as "FLOoR", which reads as "floor") and a state's opening l written as I
 * ("lllinois" as "Illinois"), character for character. A text with no such word comes back as it was.
 */
export function repairScannedWords(text: string): string {
  if (!/[a-z]1|\b1[aeiou]|\bl[ldno]|[a-z]0|0[a-z]|[a-z]I|\bI[a-z]/i.test(text)) return text;
  return text
    .replace(CAPITAL_I_INSIDE_WORD, (word) => word.slice(0, 1) + word.slice(1).replace(/I/g, 'l'))
    .replace(CAPITAL_I_OPENING_KEY_WORD, 'l')
    .replace(ONE_INSIDE_WORD, (word) => (word.length >= 4 ? word.replace(/1/g, (_one, at: number) => letterForOne(word, at)) : word))
    .replace(ONE_OPENING_WORD, 'l')
    .replace(ONE_CLOSING_WORD, 'l')
    .replace(SCANNED_CAPITAL_I, 'I')
    .replace(ZERO_IN_WORD, (word) =>
      (word.match(/[a-z]/gi)?.length ?? 0) >= 3
        ? word.replace(/0/g, (_zero, at: number) => (/[A-Z]/.test(word[at - 1] ?? word[at + 1] ?? '') ? 'O' : 'o'))
        : word,
    );
}

/** Letters that are no vowel (y counts as one: "on1y"). */
const CONSONANT = /^[b-df-hj-np-tv-xz]$/i;

/**
 * The letter a one inside a word stands for: an i between two consonants ("Ch1cago", "Phoen1x", "Min1mum"), where an
 * l could not stand, or beside a double l ("m1ll1on"), and an l otherwise ("Ca1ifornia", "Co1umbus", "P1ant", "on1y").
 */
function letterForOne(word: string, at: number): string {
  const between = CONSONANT.test(word[at - 1] ?? '') && CONSONANT.test(word[at + 1] ?? '');
  // No word runs three l's together: "m1ll1on" is "million".
  const tripled = /ll$/i.test(word.slice(0, at)) || /^ll/i.test(word.slice(at + 1));
  if (!between && !tripled) return 'l';
  return /[A-Z]/.test(word[at - 1] ?? '') && /[A-Z]/.test(word[at + 1] ?? '') ? 'I' : 'i';
}
