/**
 * Covenant levels of another party's deal, told for comparison: "another client of ours recently executed $210M at a
 * 2.0x coverage test; their circumstances differ", "a competitor closed its leaseback at 4.5x lease-adjusted last
 * year". The sentence tells what someone else did, so its levels are no limit for this program. A sentence that also
 * gives the writer's own instruction ("we want 2.0x, as a peer did") is left to the readers.
 */

type Span = { start: number; end: number };

/** Another party as a sentence's subject: "another client", "one of our other clients", "a peer", "a competitor". */
const OTHER_PARTY =
  /\b(?:(?:an)?other\s+(?:client|company|issuer|borrower|retailer|operator|tenant|group)s?|(?:a|one)\s+(?:of\s+(?:our|the)\s+)?(?:peers?|competitors?|rivals?)|(?:peer|competitor|rival)(?:'s|s'|\u2019s)?\s+(?:deal|transaction|leaseback|slb|program(?:me)?))\b/g;
/** A deal done, in the past: "executed", "closed", "completed", "did", "signed", "priced". */
const DEAL_DONE = /\b(?:executed|closed|completed|did|signed|priced|ran|got|agreed|raised|sold)\b/;
/** The writer's own instruction, which keeps the sentence's levels: "we want", "please", "keep", "should". */
const OWN_INSTRUCTION = /\b(?:we\s+(?:want|need)|please|keep|hold|cap|should|must|use)\b/;

/**
 * A company named with its deal told in the past: "Initech's SLB was $500M with 4.0x lease-adjusted leverage", "Acme's
 * 2022 leaseback closed at 2.1x coverage". A name's deal that was or closed is that company's, not the writer's (who
 * says "our"), nor one of the company itself or its board, nor a period's ("last year's deal": a past deal of its own,
 * left to the readers of past deals).
 */
const NAMED_PARTY_PAST_DEAL =
  /\b(?!(?:company|group|firm|business|board|client|today|year|quarter|month|week|fund)(?:'s|\u2019s))[a-z][a-z&.-]{1,30}(?:'s|\u2019s)\s+(?:(?:(?:19|20)\d\d|recent|earlier|last|previous|prior|own|first)\s+)?(?:slb|deal|transaction|leaseback|sale[-\s]leaseback|program(?:me)?)\s+(?:was|were|closed|priced|came|went|had|ran|got|did|printed|cleared)\b/g;

/** The sentences that tell another party's deal with its levels, each from its start to its end. */
export function otherPartyDealSpans(lower: string): Span[] {
  const spans: Span[] = [];
  // "Initech's SLB was $500M with 4.0x lease-adjusted leverage. For us: ...": a named company's deal, its levels its own.
  if (lower.includes("'s") || lower.includes('\u2019s')) {
    for (const match of lower.matchAll(NAMED_PARTY_PAST_DEAL)) {
      const start = Math.max(lower.lastIndexOf('\n', match.index) + 1, sentenceStopBefore(lower, match.index));
      // The deal's clause ends at a semicolon too: "...went through at 5.3x; we're capped at 4.7x" is the writer's after it.
      const stop = /[.!?](?=\s|$)|[;\n]/.exec(lower.slice(match.index));
      const end = stop === null ? lower.length : match.index + stop.index + 1;
      const sentence = lower.slice(start, end);
      if (!OWN_INSTRUCTION.test(sentence) && /\d(?:\.\d+)?\s*x\b/.test(sentence)) spans.push({ start, end });
    }
  }
  if (!/other|peer|competitor|rival/.test(lower)) return spans;
  for (const match of lower.matchAll(OTHER_PARTY)) {
    const start = Math.max(lower.lastIndexOf('\n', match.index) + 1, sentenceStopBefore(lower, match.index));
    const stop = /[.!?](?=\s|$)|\n/.exec(lower.slice(match.index));
    const end = stop === null ? lower.length : match.index + stop.index + 1;
    const sentence = lower.slice(start, end);
    if (!DEAL_DONE.test(sentence) || OWN_INSTRUCTION.test(sentence) || !/\d(?:\.\d+)?\s*x\b/.test(sentence)) continue;
    spans.push({ start, end });
  }
  return spans;
}

/** Where the sentence holding `index` starts: just after the last stop followed by a space before it. */
function sentenceStopBefore(lower: string, index: number): number {
  let start = 0;
  for (const stop of lower.slice(0, index).matchAll(/[.!?]\s/g)) start = stop.index + 2;
  return start;
}
