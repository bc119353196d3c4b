import type { BriefText } from './brief-text.js';
import { TYPE } from './type-words-in-remarks.js';

/*
 * A type's word that qualifies a list or a market, naming that and not buildings to sell: "looking at your DC list",
 * "the warehouse schedule you sent", "those warehouse markets are overheated", "the office sector is soft". A list of
 * a type asked for in words of its own ("warehouses only", "exclude the offices") is still read.
 */

/** What a type word may head that is a document of the buildings, not the buildings: "list", "schedule", "tab". */
const DOCUMENT = '(?:lists?|schedules?|tabs?|sheets?|spreadsheets?|rosters?|registers?|tables?)';

/** A market or sector of a type, said to be in a state: "warehouse markets are overheated", "the lab sector looks thin". */
const MARKET_IN_A_STATE = String.raw`(?:markets?|sectors?|segments?)(?=\s+(?:is|are|was|were|has|have|looks?|seems?|feels?|remains?|stays?)\b)`;

/** "your DC list", "those warehouse markets are overheated": the type word before what it qualifies. */
const TYPE_QUALIFYING = new RegExp(String.raw`\b${TYPE}(?=\s+(?:${DOCUMENT}(?![a-z])|${MARKET_IN_A_STATE}))`, 'g');

/**
 * Who would take a building of a type, not the type asked for: "buildings a logistics tenant could move straight
 * into", "office users", "lab occupiers" (on one line: "Chandler Data Center" then a "Tenant Covenants" row is a list).
 */
const TENANT_OF_A_TYPE = new RegExp(
  String.raw`\b(?:${TYPE}|logistics|industrial)(?=[^\S\n]+(?:tenants?|users?|occupiers?|occupants?|operators?|buyers?|investors?)\b)`,
  'g',
);

/**
 * Places described by a type they hold, after the places themselves: "Exclude Phoenix and Dallas - our two data center
 * markets". The places are the ask; the type word only says what they hold.
 */
const MARKETS_OF_A_TYPE = new RegExp(
  String.raw`(?<=\b(?:our|the|those|these)\s+(?:(?:two|three|four|five|main|key|big|biggest|largest)\s+)?)${TYPE}(?=[^\S\n]+(?:markets|metros|cities)\b)`,
  'g',
);

/** Claims type words that qualify a list of buildings, a market or a tenant, so that no type is read from them. */
export function claimTypeWordsQualifyingListsAndMarkets(text: BriefText): void {
  text.claimFreeMatches(TYPE_QUALIFYING);
  text.claimFreeMatches(TENANT_OF_A_TYPE);
  text.claimFreeMatches(MARKETS_OF_A_TYPE);
}
