/**
 * Slips of a scanned or faxed page beside those of `scanned-key-words.ts` and `scanned-word-letters.ts`: an e read as
 * a c in the words the settings are known by ("Lease tcrm", "Net levcrage", "Excludc:", "Targct"), one of those words
 * split by a stray space ("Leas eability", "Propos ed"), a capital O for the zero of a decimal ("min: O.55"), a one
 * for the l that opens a key word ("net 1everage"), an r and an n for the m of one ("Lease terrn"), an l for the i of a
 * number word ("flfteen") and for the one opening a count of years ("a l5-year lease"), and a q for the g of a key word
 * ("Tarqet", "leveraqe", "Exclude mortqaqed assets", "fixed charqe coveraqe"). A capital I for an l ("ceiIing", "Ieverage") is
 * `scanned-word-letters.ts`'s.
 * Each is written as what it stands for, one character for one (a split word closes up and the space moves after it),
 * so that every offset into the text stays where it was. Only the listed words are touched, so a name keeps its
 * letters.
 */

/** The words the settings and their labels are known by, whose e a scan may read as c. */
const KEY_WORDS_WITH_E = [
  'target',
  'term',
  'terms',
  'lease',
  'leases',
  'leverage',
  'exclude',
  'excluded',
  'excludes',
  'escalator',
  'escalators',
  'proceeds',
  'covenant',
  'coverage',
  'leaseability',
  'rent',
  'market',
  'markets',
  'share',
  'requested',
  'proposed',
  'objective',
  'net',
  'max',
];

/** Each key word with an e, matched with a c standing for any of its e's: "tcrm", "levcrage", "Excludc". */
const E_READ_AS_C = KEY_WORDS_WITH_E.filter((word) => word.includes('e')).map((word) => ({
  word,
  pattern: new RegExp(String.raw`\b${[...word].map((letter) => (letter === 'e' ? '[ec]' : letter)).join('')}\b`, 'gi'),
}));

/** The words the settings are known by whose g a scan may read as q, its tail lost: "Tarqet", "mortqaqed". */
const KEY_WORDS_WITH_G = [
  'target',
  'targets',
  'targeted',
  'leverage',
  'coverage',
  'charge',
  'charges',
  'mortgage',
  'mortgaged',
  'mortgages',
  'strategy',
  'range',
  'agency',
  'agencies',
  'program',
  'programme',
];

/** Each key word with a g, matched with a q standing for any of its g's: "leveraqe", "mortqaqed". */
const G_READ_AS_Q = KEY_WORDS_WITH_G.map((word) => ({
  word,
  pattern: new RegExp(String.raw`\b${[...word].map((letter) => (letter === 'g' ? '[gq]' : letter)).join('')}\b`, 'gi'),
}));

/** The longer key words a scan may split with a space, at least three letters on each side. */
const SPLIT_KEY_WORDS = [
  'leaseability',
  'leasability',
  'leverage',
  'proceeds',
  'proposed',
  'escalator',
  'covenant',
  'coverage',
  'criticality',
  'exclude',
  'excluded',
  'minimum',
  'maximum',
  'requested',
  'objective',
  'strategy',
];

/** Each longer key word with one space inside it: "leas eability", "propos ed". */
const SPLIT_BY_A_SPACE = SPLIT_KEY_WORDS.map((word) => ({
  word,
  pattern: new RegExp(
    String.raw`\b(?:${Array.from({ length: word.length - 5 }, (_unused, index) => `${word.slice(0, index + 3)}[^\\S\\n]${word.slice(index + 3)}`).join('|')})\b`,
    'gi',
  ),
}));

/** "min: O.55", "= O.4": a capital O for the zero before a decimal point, standing alone as a number. */
const O_FOR_ZERO_OF_A_DECIMAL = /(?<![\w.])O(?=\.\d)/g;

/**
 * "net 1everage", "1ease term", "1easeability", "a 1ien", "1aboratories": a one for the l that opens a key word, glued
 * to the rest of it. Only the words the settings are known by are touched, so that a figure before a word ("1east")
 * is left alone.
 */
const ONE_FOR_L_OF_A_KEY_WORD =
  /(?<![\w.,])1(?=(?:everage|ease|easeability|eases|eased|easeback|imit|imits|ien|iens|ab|abs|aboratory|aboratories)\b)/gi;

/**
 * "Lease terrn", "rnax", "rninimum": an r and an n read for the m of a key word. Written as the word with its m and a
 * space after it, so that every offset stays where it was.
 */
const RN_FOR_M_OF_A_KEY_WORD = /\b(?:terrns?|rnax|rnin|rnaximum|rninimum)\b/gi;

/** The number words with an i, which a scan may read as an l ("flfteen", "flve", "elghteen"). */
const NUMBER_WORDS_WITH_I = [
  'five',
  'fifteen',
  'fifty',
  'six',
  'sixteen',
  'sixty',
  'eight',
  'eighteen',
  'eighty',
  'nine',
  'nineteen',
  'ninety',
  'thirteen',
  'thirty',
];

/** Each number word with an l standing for any of its i's: "flfteen", "nlne". A word with all its i's is left to be. */
const NUMBER_WORD_WITH_L_FOR_I = new RegExp(
  String.raw`\b(?:${NUMBER_WORDS_WITH_I.map((word) => word.replace(/i/g, '[il]')).join('|')})\b`,
  'gi',
);

/**
 * "a l5-year lease", "l2 yrs": an l for the one that opens a count of years. Only before a figure and a year's unit,
 * so that a word or a name keeps its letters.
 */
const L_FOR_ONE_OF_YEARS = /(?<![\w.,])l(?=\d(?:\.\d+)?[-\s]*(?:years?|yrs?|y)\b)/gi;

/** `written` with each letter that differs from `word`'s written as `word`'s, in the case the scan gave it. */
function letterForLetter(written: string, word: string): string {
  return [...written]
    .map((letter, at) => {
      const right = word[at] ?? letter;
      if (letter.toLowerCase() === right) return letter;
      return letter === letter.toUpperCase() && /[a-z]/i.test(letter) ? right.toUpperCase() : right;
    })
    .join('');
}

/**
 * The text with each scanned slip of this kind written as it should read ("Lease tcrm" as "Lease term", "Leas
 * eability" as "Leaseability ", "O.55" as "0.55"), character for character. A text with no such slip comes back as
 * it was.
 */
export function repairScannedLetterSlips(text: string): string {
  let repaired = text.replace(O_FOR_ZERO_OF_A_DECIMAL, '0').replace(ONE_FOR_L_OF_A_KEY_WORD, 'l');
  if (/rn/i.test(repaired)) {
    repaired = repaired.replace(RN_FOR_M_OF_A_KEY_WORD, (written) => `${written.replace(/rn/i, (rn) => (rn === 'rn' ? 'm' : 'M'))} `);
  }
  if (/l\d/i.test(repaired)) repaired = repaired.replace(L_FOR_ONE_OF_YEARS, '1');
  if (/[fsent][a-z]*l/i.test(repaired)) {
    repaired = repaired.replace(NUMBER_WORD_WITH_L_FOR_I, (written) => written.replace(/l/g, 'i').replace(/L/g, 'I'));
  }
  if (/q/i.test(repaired)) {
    repaired = G_READ_AS_Q.reduce(
      (words, { word, pattern }) =>
        words.replace(pattern, (written) => (written.toLowerCase() === word ? written : letterForLetter(written, word))),
      repaired,
    );
  }
  if (/c/i.test(repaired)) {
    repaired = E_READ_AS_C.reduce(
      (words, { word, pattern }) =>
        words.replace(pattern, (written) => (written.toLowerCase() === word ? written : letterForLetter(written, word))),
      repaired,
    );
  }
  return SPLIT_BY_A_SPACE.reduce(
    (words, { pattern }) =>
      words.replace(pattern, (written) => {
        const space = written.search(/\s/);
        return `${written.slice(0, space)}${written.slice(space + 1)} `;
      }),
    repaired,
  );
}
