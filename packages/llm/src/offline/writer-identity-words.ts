import type { BriefText } from './brief-text.js';

/*
 * Words that say who writes rather than what to sell, each holding a type's word: the department the writer is in
 * ("I'm in logistics planning", "we're with manufacturing"), a company's name written in capitals as a memo's heading
 * ("NORTHWIND LOGISTICS - TREASURY MEMO"), and an e-mail address whose mailbox is a job ("plant.manager@northwind").
 * None names a building to sell; the buildings of those departments are asked for in words of their own.
 */

/**
 * "I'm in logistics planning", "we are in manufacturing", "I'm with distribution": the department the writer belongs
 * to. A building noun after the word ("we're in distribution centers") names buildings, and is left to be read.
 */
const DEPARTMENT_BELONGED_TO =
  /(?<=\b(?:i['\u2019]m|i\s+am|we['\u2019]re|we\s+are)\s+(?:in|with|from|part\s+of)\s+(?:the\s+)?)(?:logistics|distribution|warehousing|manufacturing|research)\b(?!\s*(?:-|sites?|buildings?|assets?|propert|portfolio|facilit|real\s+estate|cent(?:er|re)s?|hubs?|boxes))/g;

/**
 * "NORTHWIND LOGISTICS", "ACME DISTRIBUTION": a company's name in capitals, a capital word before the type's word. A
 * building noun after it ("ACME LOGISTICS CENTER") makes it an asset's name, and a list's lead word ("ONLY
 * DISTRIBUTION") is no company. Read on the source, where capitals tell a name from a sentence.
 */
const CAPITAL_COMPANY_NAME =
  /\b(?!(?:ONLY|NO|NOT|EXCLUDE|INCLUDE|ALL|ANY|OUR|THE|KEEP|SELL|JUST|SKIP)\s)[A-Z][A-Z&]+[^\S\n]+(?:LOGISTICS|DISTRIBUTION|WAREHOUSING|FULFIL{1,2}MENT)\b(?![^\S\n]+(?:CENT(?:ER|RE)S?|HUBS?|FACILIT(?:Y|IES)|PARKS?|SITES?|BUILDINGS?|WAREHOUSES?)\b)/g;

/**
 * "plant.manager@northwind", "warehouse-lead@acme.com": an e-mail address, whose mailbox may name a job by its
 * department's word; an address says where a message comes from, never what to sell.
 */
const EMAIL_ADDRESS = /[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*/g;

/**
 * Claims the words that say who writes: the department the writer is in, a company's name in capitals and an e-mail
 * address, so that no reader asks for the type their words name.
 */
export function claimWriterIdentityWords(text: BriefText): void {
  const found = [...text.lower.matchAll(DEPARTMENT_BELONGED_TO), ...text.lower.matchAll(EMAIL_ADDRESS)];
  if (/[A-Z]{4}/.test(text.source)) found.push(...text.source.matchAll(CAPITAL_COMPANY_NAME));
  for (const match of found) {
    const end = match.index + match[0].length;
    if (text.isFree(match.index, end)) text.claim(match.index, end);
  }
}
