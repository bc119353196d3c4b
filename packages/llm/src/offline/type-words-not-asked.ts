import type { BriefText } from './brief-text.js';
import { claimBuildingsBeingOpened } from './buildings-being-opened.js';

/*
 * Type words that ask for no type: the people of a type's buildings ("Warehouse operations would happily stay on as
 * tenant", "the DC team wants ...", "HQ campus politics"), and a chat's question that offers types, answered on the
 * next line by the ones wanted only ("offices and labs?" then "offices only"), where the question's types are no ask.
 */

/** A type's word, as the people who work in its buildings are named after it. */
const TYPE_WORD = String.raw`(?:warehouses?|dcs?|distribution(?:\s+cent(?:er|re)s?)?|offices?|retail|stores?|labs?|plants?|manufacturing|data\s+cent(?:er|re)s?|hq|headquarters)`;

/**
 * A type's people or politics, not its buildings: "Warehouse operations would happily stay on", "the DC team wants",
 * "(HQ campus politics, don't ask)", "HQ sign-off". The group word is followed by a verb, or it is a word no building
 * is ("politics", "sign-off"), so that "warehouse operations only" (an ask about buildings) is left alone.
 */
const TYPE_PEOPLE = new RegExp(
  String.raw`\b${TYPE_WORD}\s+(?:(?:operations|ops|team|teams|staff|management|managers|leadership|folks|people|crew|group)(?=\s+(?:would|will|can|could|is|are|was|were|want|wants|wanted|has|have|had|says|said|needs?|prefers?|asked|asks|thinks?|stays?|happily|already|still|may|might)\b)|(?:campus\s+)?(?:politics|sign[-\s]?off|approvals?|optics|sensitivities))\b`,
  'g',
);

/**
 * A line that offers types as a question, then a line (maybe under a speaker's name) that answers with some of them
 * and "only": "Lin: offices and labs?" / "Ade: offices only". The question's line is claimed, so that only the
 * answer's types are read.
 */
const OFFERED_THEN_ONLY = new RegExp(
  String.raw`(?<=(?:^|\n)[^\S\n]*(?:[a-z][a-z .()-]{0,30}:[^\S\n]*)?)[^\n?]{0,60}\b${TYPE_WORD}\b[^\n?]{0,60}\?(?=[^\S\n]*\n[^\S\n]*(?:[a-z][a-z .()-]{0,30}:[^\S\n]*)?(?:(?:just|only)\s+${TYPE_WORD}\b|${TYPE_WORD}(?:\s+(?:and|or|&)\s+${TYPE_WORD})?\s+only\b))`,
  'g',
);

/**
 * Claims the type words above that ask for no type ("Warehouse operations would happily stay on", a question answered
 * by "offices only"), so that the type readers after leave them alone.
 */
export function claimTypeWordsNotAsked(text: BriefText): void {
  for (const pattern of [TYPE_PEOPLE, OFFERED_THEN_ONLY]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (text.isFree(match.index, end)) text.claim(match.index, end);
    }
  }
  // "We're opening a new office in Phoenix next year": a building not owned yet, so no type (nor market) asked.
  claimBuildingsBeingOpened(text);
}
