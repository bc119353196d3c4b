/**
 * Words from a scanned or faxed page, where the digit one stands for a letter l inside a word ("Ca1ifornia", "on1y",
 * "Co1umbus", "P1ant"), or for an i between two consonants ("Ch1cago", "Phoen1x"), a zero for an o ("Chicag0",
 * "FL00R", "n0t"), a two for a z ("Ari2ona"), and a lower-case l for the capital I that opens a state's name ("lllinois", "lndiana"). Each
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
 * A word in capitals with a one between its letters: "TWENTY-F1VE", "M1NIMUM", "CAP1TAL" (two capitals at least after the
 * one), a scanned page's capital I or L. A code has a figure or a hyphen beside its one ("DAL-01", "Q1", "FY11") or too
 * few capitals after it ("HQ1A"), and is left as written.
 */
const ONE_INSIDE_CAPITAL_WORD = /\b[A-Z]+1[A-Z]{2,}\b/g;

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

/**
 * The short words of a clause with a zero for the o, too short for `ZERO_IN_WORD`: "n0t 1ess than", "N0 pr0perty",
 * "subject t0 a mortgage", "s0 leave it" (before another word), and, in lower case, "n0t t0 exceed 3.5x", "up t0 4x"
 * (before anything but a hyphen or a digit). Only these words ("no", "not", "to", "so"), so that a code ("T0", "S0-1",
 * "N0-3") keeps its zero.
 */
const ZERO_IN_SHORT_WORD = /(?<=\b[nNtTsS])0(?=[tT]?[^\S\n]+[A-Za-z1])|(?<=\b[nt])0(?=t?\b(?![-\d]))/g;

/**
 * "TAX RATE 0N GAIN", "0F the gain", "0R less": the short words "on", "of" and "or" with a zero for their o, before
 * another word. A code keeps its zero: it has a figure or a hyphen beside it ("0N-2"), or no word after it.
 */
const ZERO_OPENING_SHORT_WORD = /\b0(?=[nNfFrR][^\S\n]+[A-Za-z])/g;

/**
 * A short lower-case word with a zero between two of its letters: "n0t", "f0r", "d0n't". Two letters are too few for
 * `ZERO_IN_WORD`'s rule, but a zero flanked by lower-case letters is no figure ("Q0", "B04" stay), and "do n0t include"
 * must negate as "do not include" does.
 */
const ZERO_BETWEEN_LETTERS = /\b[a-z]0[a-z](?=\b|'t\b)/g;

/**
 * A two for a z between lower-case letters of a word: "Ari2ona", "hori2on". A scan takes the z for a 2; two
 * letters at least on either side, so that codes ("b2b", "H2O", "A2") and figures are left as written.
 */
const TWO_FOR_Z = /\b[A-Za-z]*[a-z]{2}2[a-z]{2}[A-Za-z]*\b/g;

/** A state or market opening with a capital I scanned as a lower-case l: "lllinois", "lndiana", "lowa", "lnland Empire". */
const SCANNED_CAPITAL_I = /\bl(?=(?:llinois|ndiana|owa|daho|nland[^\S\n]+empire)\b)/gi;

/**
 * A word in lower case with a capital I scanned for one or more of its l's: "ceiIing", "beIow", "onIy", "miIIion",
 * "approximateIy", "CriticaIity". Two lower-case letters at least come before the first I, so that a name's own
 * capital ("McIntyre", "DiIorio") is left alone, and only lower-case letters and I's follow it.
 */
const CAPITAL_I_INSIDE_WORD = /\b[A-Za-z]?[a-z]{2,}I[a-zI]*\b/g;

/**
 * A key word of the settings opening with a capital I or a one scanned for its l: "Ieaseability", "Ieases", "Ieverage",
 * "Iimit", "not Iess than", "net 1everage", "n0t 1ess than".
 * Only these words, so that a word that does open with an I is left alone.
 */
const CAPITAL_I_OPENING_KEY_WORD =
  /\b[I1](?=(?:ease|eases|eased|easing|easeback|easeability|easability|everage|imit|imits|ien|iens|ess|ower|evel)\b)/g;

/**
 * The text with each scanned word's ones written as the letter they stand for ("Ca1ifornia" as "California", "Ch1cago"
 * as "Chicago"), its zeros as o ("FL00R" as "FLOoR", which reads as "floor") and a state's opening l written as I
 * ("lllinois" as "Illinois"), character for character. A text with no such word comes back as it was.
 */
export function repairScannedWords(text: string): string {
  if (!/[a-z]1|\b1[a-z]|\bl[ldno]|[a-z]0|0[a-z]|[a-z]I|\bI[a-z]|[a-z]2[a-z]/i.test(text)) return text;
  return text
    .replace(CAPITAL_I_INSIDE_WORD, (word) => word.slice(0, 1) + word.slice(1).replace(/I/g, 'l'))
    .replace(CAPITAL_I_OPENING_KEY_WORD, 'l')
    .replace(ONE_INSIDE_WORD, (word) => (word.length >= 4 ? word.replace(/1/g, (_one, at: number) => letterForOne(word, at)) : word))
    .replace(ONE_INSIDE_CAPITAL_WORD, (word) => word.replace(/1/g, (_one, at: number) => letterForOne(word, at).toUpperCase()))
    .replace(ONE_OPENING_WORD, 'l')
    .replace(ONE_CLOSING_WORD, 'l')
    .replace(SCANNED_CAPITAL_I, 'I')
    .replace(ZERO_IN_SHORT_WORD, (_zero, at: number, whole: string) => (/[A-Z]/.test(whole[at - 1] ?? '') ? 'O' : 'o'))
    .replace(ZERO_OPENING_SHORT_WORD, (_zero, at: number, whole: string) => (/[A-Z]/.test(whole[at + 1] ?? '') ? 'O' : 'o'))
    .replace(ZERO_IN_WORD, (word) =>
      (word.match(/[a-z]/gi)?.length ?? 0) >= 3
        ? word.replace(/0/g, (_zero, at: number) => (/[A-Z]/.test(word[at - 1] ?? word[at + 1] ?? '') ? 'O' : 'o'))
        : word,
    )
    .replace(ZERO_BETWEEN_LETTERS, (word) => word.replace('0', 'o'))
    .replace(TWO_FOR_Z, (word) => word.replace(/(?<=[a-z]{2})2(?=[a-z]{2})/g, 'z'));
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
