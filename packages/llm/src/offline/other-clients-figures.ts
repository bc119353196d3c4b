/**
 * Figures an adviser quotes from other clients' or peers' deals: "one of our clients chose 25-year leases", "Client A
 * accepted lease-adjusted leverage of 5.2x", "a regional grocer set a 20% single-market cap", "Precedent colour: the
 * Halvorsen SLB had a 35% market cap". Such figures describe someone else's deal and set nothing for this one, so they
 * are claimed before any figure reader runs. Only the words from the other party up to the adviser's own voice ("we",
 * "for you") are read, so that "another client tested 18-year leases; we'd stay at 15" keeps its 15.
 */

import type { BriefText } from './brief-text.js';

/**
 * Another party whose deal is described: another client, a client of the adviser's ("one of our clients", "a client in
 * food distribution", "Client A"), a peer, or a precedent. "The client" and "our client" are the reader's own company.
 */
const OTHER_PARTY =
  /\b(?:(?:an)?other\s+(?:[a-z-]+\s+){0,2}clients?|one\s+of\s+our\s+(?:[a-z-]+\s+){0,3}clients|(?:a|one)\s+client\b|client\s+[a-z]\b(?!['\u2019])|(?:a|one|some)\s+(?:[a-z0-9-]+\s+)?peers?\b|peers\b|precedents?\b)/g;

/** What a party did in its deal: "took", "closed", "chose", "accepted", "tested", "kept", "set", "ran", "had". */
const DEAL_VERB =
  /\b(?:took|closed|ran|chose|accepted|tested|kept|set|went|did|had|signed|completed|used|got|hit|agreed|picked|excluded)\b/;

/** Where the adviser's own voice begins again: "we", "we'd", "for you", "our recommendation", "your". */
const OWN_VOICE = /\b(?:we|i|you|your|northwind|our\s+(?:recommendation|view|ask|proposal))\b/;

/** A figure a deal is described by: a multiple, a share, a term in years, or money. */
const DEAL_FIGURE =
  /(?:us\$|\$)?\d+(?:\.\d+)?[^\S\n]*(?:x\b|\u00d7|%|percent\b|-?[^\S\n]*(?:years?|yrs?)\b|mm\b|mn\b|m\b|million\b|bn\b|billion\b)/g;

/** Claims the figures of other clients' and peers' deals, so that no reader takes them as this brief's. */
export function claimOtherClientsFigures(text: BriefText): void {
  const lower = text.lower;
  if (!/client|peer|precedent/.test(lower)) return;
  for (const party of lower.matchAll(OTHER_PARTY)) {
    const from = party.index;
    const sentenceEnd = lower.slice(from).search(/[.;!?\n](?:\s|$)|[.;!?\n]$/);
    const end = sentenceEnd === -1 ? lower.length : from + sentenceEnd;
    const afterParty = from + party[0].length;
    const voice = lower.slice(afterParty, end).search(OWN_VOICE);
    const stretchEnd = voice === -1 ? end : afterParty + voice;
    const stretch = lower.slice(from, stretchEnd);
    if (!DEAL_VERB.test(stretch)) continue;
    for (const figure of stretch.matchAll(DEAL_FIGURE)) {
      const start = from + figure.index;
      const figureEnd = start + figure[0].length;
      if (text.isFree(start, figureEnd)) text.claim(start, figureEnd);
    }
  }
}
