import type { BriefText } from './brief-text.js';

/*
 * Types and places in what an earlier round did, which ask for nothing now: "The warehouses went in the 2022 round",
 * "the labs were sold in last year's program", "Background: the 2024 program (offices, $52M) closed in November",
 * "Last year we did 40m off two DCs in Atlanta". (`descriptive-mentions.ts` reads "last year's program sold ...".)
 * A round still to come ("the 2027 round will take the offices") and this round's own words are left alone.
 */

/** A type word in the plural, as a past sale names what it took: "warehouses", "the DCs", "our plants". */
const TYPES = String.raw`(?:offices|plants|factories|warehouses|stores|shops|labs|laboratories|dcs|distribution\s+cent(?:er|re)s|data\s+cent(?:er|re)s|sites|buildings|properties)`;

/** An earlier round: "the 2022 round", "last year's program", "the previous deal", "an earlier tranche". */
const EARLIER_ROUND = String.raw`(?:(?:the|our|an?|that)\s+)?(?:(?:19|20)\d\d|last(?:\s+year['\u2019]s)?|previous|prior|earlier|first|old)\s+(?:sale[-\s]?leaseback\s+)?(?:round|program(?:me)?|deal|sale|tranche|transaction|slb|raise)`;

/**
 * The types an earlier round took, the verb in the past: "The warehouses went in the 2022 round", "our labs were sold
 * in the previous deal", "the stores left in an earlier tranche", "the plants went in 2021".
 */
const TYPES_WENT_EARLIER = new RegExp(
  String.raw`\b(?:(?:the|our|all\s+(?:the|our))\s+)?${TYPES}\s+(?:(?:already|all)\s+)?(?:went|left|were\s+(?:sold|divested|done|included|taken)|got\s+sold|went\s+out)\s+(?:(?:in|with|during|as\s+part\s+of)\s+${EARLIER_ROUND}|in\s+(?:19|20)\d\d)(?![a-z])`,
  'g',
);

/**
 * An earlier round with what it took in brackets, then how it ended: "the 2024 program (offices, $52M) closed in
 * November", "last year's deal (two stores in Dallas) completed". The bracket is claimed with the round.
 */
const EARLIER_ROUND_BRACKETED = new RegExp(
  String.raw`\b${EARLIER_ROUND}\s*\([^()\n]{1,80}\)\s+(?:closed|completed|finished|wrapped(?:\s+up)?|was\s+(?:closed|completed|done|signed)|raised|sold|funded|settled)(?![a-z])`,
  'g',
);

/**
 * What the company did in an earlier period, told as history: "Last year we did 40m off two DCs in Atlanta", "Back in
 * 2021 we sold three stores in Ohio". Claimed to the end of the sentence, so that its types and towns ask for nothing,
 * or to a turn to this round ("..., but this time please use offices only"), whose words are this round's ask.
 */
const DID_BEFORE =
  /\b(?:last\s+(?:year|quarter|time|round|spring|summer|fall|autumn|winter)|(?:back\s+)?in\s+(?:19|20)\d\d|(?:a\s+few|two|three|several)\s+years\s+ago)[,]?\s+(?:we|they|the\s+company)\s+(?:did|sold|raised|closed|ran|took)\b(?:(?!\b(?:but|this\s+time|now|however|whereas|while)\b)[^.;!?\n]){0,100}/g;

/** Claims the types (and places) in what an earlier round took. */
export function claimPastRoundTypeWords(text: BriefText): void {
  for (const match of text.freeMatches(TYPES_WENT_EARLIER)) {
    const end = match.index + match[0].length;
    if (text.isFree(match.index, end)) text.claim(match.index, end);
  }
  // The history may hold a figure read already ("(offices, $52M)", "did 40m"): only the round's own first words must
  // be unread; what the history holds is claimed whole.
  for (const pattern of [EARLIER_ROUND_BRACKETED, DID_BEFORE]) {
    for (const match of text.freeMatches(pattern)) {
      const opening = /^\S+\s+\S+/.exec(match[0])?.[0].length ?? match[0].length;
      if (text.isFree(match.index, match.index + opening)) text.claim(match.index, match.index + match[0].length);
    }
  }
}
