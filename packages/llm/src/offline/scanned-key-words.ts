/**
 * Key words from a scanned or faxed page, where a one or a bar stands for the letter l or i, and a lower-case l for the
 * capital I: "Leaseabi1ity", "lFRS 16", a percentage "2l%", a term "l5 YRS", the score words "cr1t1cal1ty",
 * "re-lett1ng" and the "Min1mum" before them; and an m read as "rn" ("Lease terrn:", "Exc1ude rnortgaged assets"), and an l for the i of "distributlon". Each slip is written as the letter or digit it stands for,
 * one character for one, so that every offset into the text stays where it was. Only the words the settings are known
 * by are touched, so that a name or a code ("COL-1") is left to its own reader.
 */

/** "leaseabi1ity", "1easeability", "Leasabi|ity": the score's word with a one or a bar for an l or an i. */
const SCANNED_LEASEABILITY = /\b[l1|]ease?ab[i1l|][l1|][i1l|]ty\b/gi;

/** "lFRS 16", "1FRS16", "|FRS": the standard's name with an l, a one or a bar for its I (an abbreviation, so capitals). */
const SCANNED_IFRS = /\b[l1|](?=FRS(?:[^\S\n]?-?[^\S\n]?16)?\b)/g;

/**
 * "2l%", "l5%", "2I %", "l.5%", "l.75%": a percentage with a letter l or I for a one, next to its digits or its decimal
 * point. The letter is read as a digit only where a digit stands on its other side and the percent sign follows the
 * figure (its decimals as many as written), so that "Ol%" stays a word.
 */
const SCANNED_PERCENT = /(?<=\b\d)[lI](?=[^\S\n]?%)|\b[lI](?=\.?\d+(?:\.\d+)?[^\S\n]?%)/g;

/**
 * "2.O%", "2O%": a percentage with a letter O for a zero after its digit (or its decimal point), before the percent
 * sign; "l.5%" opens on an l read as a one (`SCANNED_PERCENT`). A digit must stand before the letter, so that a word is
 * never touched.
 */
const SCANNED_PERCENT_ZERO = /(?<=\b\d\.?)[oO](?=[^\S\n]?%)/g;

/**
 * "lO-year leases", "IO yrs": a term of ten years scanned wholly as letters, an l or I for its one and an O for its
 * zero, before its unit; a true digit with an O ("2O years") is read the same way. No word is an l or a digit followed
 * by an O before "years".
 */
const SCANNED_TENS_OF_YEARS = /\b[1-4lI][oO](?=[^\S\n]?-?(?:yrs?|years?|YRS?|YEARS?)\b)/g;

/**
 * "TERM l5 YRS", "2l years": a term's years with a letter l or I for a one, next to its digit and before the unit. As
 * with a percentage, a digit must stand on the letter's other side, so that a word ("I years ago") stays a word.
 */
const SCANNED_YEARS = /(?<=\b\d)[lI](?=[^\S\n]?(?:yrs?|years?|YRS?|YEARS?)\b)|\b[lI](?=\d[^\S\n]?(?:yrs?|years?|YRS?|YEARS?)\b)/g;

/**
 * The score words and the limit words before them as a scan writes them, a one or a bar for an i or an l:
 * "cr1t1cal1ty", "re-lett1ng", "lease-ab1l1ty", "Min1mum". Each is matched letter for letter, an i or an l
 * of the word accepting any of the four, so that only these words are touched.
 */
const SCANNED_SCORE_WORDS = ['criticality', 're-letting', 'lease-ability', 'minimum'].map((word) => ({
  word,
  pattern: new RegExp(String.raw`\b${[...word].map((letter) => (letter === 'i' || letter === 'l' ? '[il1|]' : letter)).join('')}\b`, 'gi'),
}));

/** The word `word` written over the scanned `written`, each letter in the case the scan gave it (capitals kept). */
function rewritten(written: string, word: string): string {
  // A word in capitals whose I's were scanned as lower-case l's ("CRlTICALITY") is still in capitals.
  const capitals = written.replace(/l/g, 'L') === written.toUpperCase() && /[A-Z]{2}/.test(written);
  return [...written]
    .map((letter, at) => {
      const right = word[at] ?? letter;
      if (letter.toLowerCase() === right) return letter;
      return capitals ? right.toUpperCase() : right;
    })
    .join('');
}

/**
 * "Lease terrn:", "Term (yrs) terrn:": the m of "term" scanned as "rn", before a label's colon. Written as "m" and a
 * space, so that the label reads "term :" in as many characters.
 */
const SCANNED_TERM = /(?<=\bter)rn(?=[^\S\n]*:)/gi;

/**
 * "Exc1ude rnortgaged assets", "Max share per rnarket 40%", "rnaximum": the m opening a key word scanned as "rn". The
 * word is written with its m and the spare character moved after it as a space ("mortgaged  assets"), so that it reads
 * whole in as many characters. Only these words are touched, so a name with "rn" in it keeps its letters.
 */
const SCANNED_RN_OPENING_KEY_WORD =
  /\b(?<rn>rn|RN|Rn)(?<rest>ortgag(?:e[sd]?|ing)|ORTGAG(?:E[SD]?|ING)|arkets?|ARKETS?|aximum|AXIMUM|inimum|INIMUM)\b/g;

/**
 * "distributlon centers", "DISTRIBUT1ON": the i of "distribution" scanned as an l, a one or a bar. Only this key word
 * of the asset types is touched, written with its i in the case of the letters before it.
 */
const SCANNED_DISTRIBUTION = /(?<=\bdistribut)[l1|](?=ons?\b)/gi;

/** The text with each key word opening on a scanned "rn" written with its m, the spare character a space after it. */
function repairRnOpenings(text: string): string {
  if (!/rn/i.test(text)) return text;
  return text.replace(SCANNED_RN_OPENING_KEY_WORD, (_written, rn: string, rest: string) => `${rn[0] === 'r' ? 'm' : 'M'}${rest} `);
}

/**
 * The text with each scanned key word written as it should read ("Leaseabi1ity" as "Leaseability", "lFRS 16" as
 * "IFRS 16", "2l%" as "21%"), character for character. A text with no such slip comes back as it was.
 */
export function repairScannedKeyWords(text: string): string {
  if (!/[1|lIoO]|rn/.test(text)) return text;
  const repaired = text
    .replace(SCANNED_LEASEABILITY, (written) => {
      // Letter for letter, so that a word written right, or in capitals, keeps its own letters.
      const word = written.length === 12 ? 'leaseability' : 'leasability';
      return [...written].map((letter, at) => (letter.toLowerCase() === word[at] ? letter : (word[at] ?? letter))).join('');
    })
    .replace(SCANNED_IFRS, 'I')
    .replace(SCANNED_PERCENT, '1')
    .replace(SCANNED_PERCENT_ZERO, '0')
    .replace(SCANNED_TENS_OF_YEARS, (written) => `${written[0]?.replace(/[lI]/, '1') ?? ''}0`)
    .replace(SCANNED_YEARS, '1')
    .replace(SCANNED_TERM, (written) => (written === 'RN' ? 'M ' : 'm '))
    .replace(SCANNED_DISTRIBUTION, (_slip, at: number, whole: string) => (/[A-Z]/.test(whole[at - 1] ?? '') ? 'I' : 'i'));
  const withMs = repairRnOpenings(repaired);
  // Only a text with a one or a bar against a letter, or a word in capitals with a lower-case l for its I ("MAX
  // CRlTlCALlTY"), can hold a scanned score word.
  if (!/[a-zA-Z][1|]|[1|][a-zA-Z]|[A-Z]l[A-Z]/.test(withMs)) return withMs;
  return SCANNED_SCORE_WORDS.reduce((words, { word, pattern }) => words.replace(pattern, (written) => rewritten(written, word)), withMs);
}
