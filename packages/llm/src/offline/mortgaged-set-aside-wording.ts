import type { BriefText } from './brief-text.js';
import { OPEN_MODAL } from './musing-wording.js';

/*
 * Mortgaged buildings ruled out in wordings the mortgage reader's patterns leave unread: the class first, then the
 * word that sets it aside ("leave anything mortgaged aside", "put everything encumbered to one side"); a refusal
 * said softly ("we shouldn't sell anything with a mortgage", "I'd rather you didn't touch anything encumbered"); and a
 * chat's question about the class answered on the next line, where a time may follow the speaker's name ("Carl 1:07
 * PM: mortgaged assets?" then "Beth 1:07 PM: leave them all out", "Ben: mortgaged stuff?" then "Ola: exclude all of
 * it").
 */

/** The class of mortgaged buildings as an object: "anything mortgaged", "any site that's encumbered", "all the mortgaged ones". */
const MORTGAGED_OBJECT = String.raw`(?:(?:anything|everything|whatever)|(?:any|all|every|each)\s+(?:of\s+the\s+|the\s+)?(?:assets?|sites?|propert(?:y|ies)|buildings?|ones|facilit(?:y|ies)))\s+(?:that['\u2019]s\s+|that\s+(?:is|are)\s+|which\s+(?:is|are)\s+)?(?:still\s+|currently\s+)?(?:mort?gaged|encumbered)`;

/** "leave anything mortgaged aside", "set everything encumbered to one side": the class, then the word that sets it aside. */
const SET_ASIDE = new RegExp(
  String.raw`\b(?:leav(?:e|es|ing)|set(?:s|ting)?|put(?:s|ting)?|keep(?:s|ing)?)\s+${MORTGAGED_OBJECT}\s+(?:aside|to\s+(?:one|the)\s+side|alone|out)(?![a-z])`,
  'g',
);

/** What a building carries that secures a loan: "a mortgage", "a lien", "a bank loan on it". */
const LOAN_CARRIED = String.raw`(?:a\s+|an\s+|any\s+)?(?:bank\s+)?(?:mort?gages?|liens?|encumbrances?|loans?)(?:\s+(?:on|against)\s+(?:it|them))?`;

/** "shouldn't", "ought not to", "I'd rather you didn't", "we'd prefer you not": a refusal said softly. */
const SOFTLY_REFUSED = String.raw`(?:shouldn['\u2019]?t|should\s+not|ought\s+not\s+to|(?:would|['\u2019]d|had)\s+rather\s+(?:you|we|they)\s+(?:didn['\u2019]?t|did\s+not|not)|(?:would|['\u2019]d)\s+prefer\s+(?:you|we|they)\s+(?:didn['\u2019]?t|did\s+not|not))`;

/** "we shouldn't sell anything with a mortgage", "I'd rather you didn't touch anything encumbered". */
const SOFT_REFUSAL = new RegExp(
  String.raw`\b${SOFTLY_REFUSED}\s+(?:sell|touch|include|offer|use|pick)\s+(?:${MORTGAGED_OBJECT}|(?:anything|any\s+(?:assets?|sites?|propert(?:y|ies)|buildings?))\s+(?:with|carrying|having|that\s+(?:still\s+)?(?:has|have|carries|carry))\s+${LOAN_CARRIED})(?![a-z])`,
  'g',
);

/** A chat line's opening: a time, a speaker's name of one or two words, a time after the name, then the colon. */
const CHAT_LABEL = String.raw`[^\S\n]*(?:\[?\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?\]?[^\S\n]*)?[a-z][a-z.'-]{0,15}(?:[^\S\n]+[a-z][a-z.'-]{0,15})?(?:[^\S\n]+\[?\d{1,2}:\d{2}(?:[^\S\n]*[ap]\.?m\.?)?\]?)?[^\S\n]*:[^\S\n]*`;

/** The class asked about alone on a chat line: "mortgaged assets?", "any encumbered stuff?", "what about mortgaged sites?". */
const CLASS_ASKED = String.raw`(?:(?:any|the|our|what\s+about(?:\s+the)?|and(?:\s+the)?)\s+)?(?:mort?gaged|encumbered)(?:\s+(?:assets?|sites?|propert(?:y|ies)|buildings?|stuff|ones|things|real\s+estate))?\s*\?`;

/** The answer that rules the whole class out: "leave them all out", "exclude all of it", "keep all of those out". */
const ALL_RULED_OUT = String.raw`(?:(?:leave|keep|take|rule)\s+(?:them|those|it|'em)\s+all\s+out|(?:leave|keep|take|rule)\s+all\s+of\s+(?:them|those|it)\s+out|(?:exclude|drop|skip|omit)\s+(?:all\s+of\s+(?:them|those|it)|(?:them|those|'em)\s+all|all(?:\s+of)?\s+them))(?![a-z])`;

/** A chat's question about the class, the next line's answer ruling all of it out. */
const CHAT_REPLY = new RegExp(String.raw`^${CHAT_LABEL}${CLASS_ASKED}[^\S\n]*\n${CHAT_LABEL}${ALL_RULED_OUT}`, 'gm');

/** "we may", "we might later", "perhaps we could": the order left open, just before it. */
const LEFT_OPEN_BEFORE = new RegExp(String.raw`(?:\b${OPEN_MODAL}|\b(?:perhaps|maybe|possibly)\s+(?:we\s+|you\s+)?)$`);

/**
 * True when the brief rules mortgaged buildings out in one of the ways above ("leave anything mortgaged aside", "we
 * shouldn't sell anything with a mortgage", a chat's "mortgaged assets?" answered "leave them all out"). Claims the
 * words it read, so that no other reader takes them for a place or a figure's subject.
 */
export function readMortgagedSetAside(text: BriefText): boolean {
  let ruledOut = false;
  for (const pattern of [SET_ASIDE, SOFT_REFUSAL, CHAT_REPLY]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      // The question's speaker and time are another reader's to claim; only the words from the class on are needed.
      const start = pattern === CHAT_REPLY ? match.index + match[0].search(/mort?gaged|encumbered/) : match.index;
      if (!text.isFree(start, end)) continue;
      // "we may leave anything mortgaged aside later": a thought for later orders nothing; its words are still claimed.
      const open = LEFT_OPEN_BEFORE.test(text.lower.slice(text.clauseAround(start).start, start));
      text.claim(start, end);
      if (!open) ruledOut = true;
    }
  }
  return ruledOut;
}
