import type { BriefText } from './brief-text.js';

/**
 * "on behalf of Northwind Logistics", "Acme Distribution, Inc.": a company whose name ends in a word for an asset
 * type. The type word is part of a name, capitalised after another capitalised word, and names no filter; a building
 * noun after it ("Northwind Logistics Center") makes it an asset's name instead, which is left to be read.
 */
const COMPANY_NAME =
  /\b[A-Z][A-Za-z&]+\s+(?:Logistics|Distribution|Warehousing|Fulfil(?:l)?ment)\b(?!\s+(?:[Cc]ent(?:er|re)s?|[Hh]ubs?|[Ff]acilit(?:y|ies)|[Pp]arks?|[Ss]ites?|[Bb]uildings?|[Pp]ropert(?:y|ies)|[Aa]ssets?|[Ww]arehouses?)\b)/g;

/** Claims the company names that end in an asset-type word, so that no type is read from them. */
export function claimCompanyNames(text: BriefText): void {
  if (!/Logistics|Distribution|Warehousing|Fulfil/.test(text.source)) return;
  for (const match of text.source.matchAll(COMPANY_NAME)) {
    // A list's lead word capitalised at a sentence start ("Only Distribution centers") is no company.
    const first = match[0].split(/\s/)[0] as string;
    if (/^(?:Only|No|Exclude|Include|All|Any|Our|The|Keep|Sell|Just)$/.test(first)) continue;
    text.claim(match.index, match.index + match[0].length);
  }
}
