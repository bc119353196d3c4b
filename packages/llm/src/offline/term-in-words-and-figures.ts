// A lease term under a contract's bracketed heading, written in words with its numeral in brackets, apart from
// `read-economics.ts`: "Clause 8 (Term). Fifteen (15) years from Closing", "Section 3 (Initial Term): twenty (20) years".

/**
 * The term's bracketed heading ("(Term).", "(Initial Term):") followed by its years, the numeral read (group 1). The
 * reading copy keeps only the numeral of words and figures ("Fifteen (15) years" reads as "15 years"), so the years
 * come right after the heading. A heading of anything else ("Clause 2 (Consideration). Ten (10) years of accounts")
 * is no term, and days or months are no years.
 */
export const TERM_IN_WORDS_AND_FIGURES =
  /\((?:(?:initial|base|lease)\s+)?term\)[^\S\n]*[.:\u2013-]?[^\S\n]*(\d{1,2})[^\S\n]*years?(?![a-z])/g;
