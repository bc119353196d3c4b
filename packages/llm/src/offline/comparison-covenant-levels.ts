/**
 * Covenant levels told as a comparison with someone else, not as this program's limit: "for reference, the company's
 * largest competitor runs at 4.1x on that metric", "Peer median FCCR is 2.9x", "Peer comparison (not constraints):
 * Ridgeline Freight closed at 4.6x lease-adjusted". `other-party-covenant-levels.ts` reads a deal another party did;
 * these are the levels a peer, a peer group or a comparison line simply sits at. A sentence that also gives the
 * writer's own instruction ("we should match the peer median of 2.9x") is left to the readers.
 */

type Span = { start: number; end: number };

/**
 * A comparator as a sentence's subject, with a verb of standing at a level: "the company's largest competitor runs at",
 * "our closest peer sits at", "the main rival is at", "peers are running". A comparator's deal done is
 * `other-party-covenant-levels.ts`'s.
 */
const COMPARATOR_AT_LEVEL =
  /\b(?:(?:the\s+company's|the\s+company\u2019s|our|its|their|the|a|one)\s+)?(?:(?:largest|biggest|main|closest|nearest|key|chief|listed|direct|nearest-sized)\s+)?(?:peers?|competitors?|rivals?|comparables?|comps)(?:'|\u2019)?\s+(?:(?:currently|today|now|typically|still)\s+)?(?:runs?|running|sits?|sitting|operates?|operating|carries|carry|is|are|was|were|trades?|stands?|reports?|reported)\b/g;

/**
 * A peer group's statistic: "peer median FCCR is 2.9x", "the industry average lease-adjusted leverage sits at 4.8x",
 * "sector medians are 3.1x". A group's middle or mean describes others, never a limit set here.
 */
const GROUP_STATISTIC =
  /\b(?:peer(?:\s+group)?|peers(?:'|\u2019)?|industry|sector|market|comp(?:arable)?s?(?:\s+set)?)\s+(?:median|average|mean|norm|typical\s+level)s?\b/g;

/**
 * A line labelled as a comparison and not as a limit: "Peer comparison (not constraints): ...", "Peer comps: ...",
 * "Comparables - for reference: ...", "Benchmarks (not limits): ...". What follows the label on its line compares.
 */
const COMPARISON_LABEL =
  /(?<=^|\n)[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:peer\s+(?:comparisons?|comps|benchmarks?|set)|comparables?|comps|benchmarks?|market\s+comparisons?)(?:[^\S\n]*\((?:not\s+(?:a\s+)?(?:constraints?|limits?|targets?|covenants?)|for\s+(?:reference|context|comparison)(?:\s+only)?)\))?[^\S\n]*[:\u2013\u2014-][^\n]*/g;

/** The writer's own instruction, which keeps the sentence's levels: "we want", "please", "keep", "should". */
const OWN_INSTRUCTION = /\b(?:we\s+(?:want|need)|please|keep|hold|cap|should|must|use|at\s+least|no\s+(?:more|less|higher|lower)\s+than)\b/;

/** The sentences and lines that give someone else's covenant levels for comparison, each from its start to its end. */
export function comparisonLevelSpans(lower: string): Span[] {
  if (!/peer|competitor|rival|comp|industry|sector|benchmark|median|average/.test(lower)) return [];
  const spans: Span[] = [];
  for (const pattern of [COMPARATOR_AT_LEVEL, GROUP_STATISTIC]) {
    for (const match of lower.matchAll(pattern)) {
      const span = sentenceAround(lower, match.index);
      const sentence = lower.slice(span.start, span.end);
      // Only a sentence with a multiple in it, and none of the writer's own bounding words.
      if (!/\d(?:\.\d+)?\s*(?:x|\u00d7|times)?/.test(sentence) || OWN_INSTRUCTION.test(sentence)) continue;
      spans.push(span);
    }
  }
  // A comparison label owns its line, whatever verbs follow: "not constraints" says so outright.
  for (const match of lower.matchAll(COMPARISON_LABEL)) {
    if (OWN_INSTRUCTION.test(match[0]) && !/not\s+(?:a\s+)?(?:constraints?|limits?)|for\s+(?:reference|context|comparison)/.test(match[0]))
      continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The sentence holding `index`: from just after the last stop (or line break) before it to the next stop or line end. */
function sentenceAround(lower: string, index: number): Span {
  const lineStart = lower.lastIndexOf('\n', index) + 1;
  let start = lineStart;
  for (const stop of lower.slice(lineStart, index).matchAll(/[.!?;]\s/g)) start = lineStart + stop.index + 2;
  const stop = /[.!?;](?=\s|$)|\n/.exec(lower.slice(index));
  return { start, end: stop === null ? lower.length : index + stop.index + 1 };
}
