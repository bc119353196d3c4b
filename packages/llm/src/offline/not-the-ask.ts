/**
 * Figures a brief says are not its instruction: "Peer benchmark (not our ask): a competitor sold $400M", "Revolver
 * draw: $50m (separate workstream, ignore here)", "Buyer's proposal: $350m ... — under review, not our instruction",
 * "2019 SLB: $210M, 15-yr leases (history)", "(We did $180M two years ago at 21% tax; ignore those numbers.)". The
 * sentence or line the words disown (or the brackets holding them, when the figures are inside) is read as nothing
 * by every reader, so no figure, place or term in it is taken for the ask.
 */
import { offTheTableSpans } from './figures-off-the-table.js';
import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

type Span = { start: number; end: number };

/**
 * The words that disown what they stand beside: "not our ask", "not the instruction", "not part of this request",
 * "ignore here", "ignore those numbers", "separate workstream", "a separate conversation", "that is history", "just
 * context" or "just chatter" (a peer's deal or a rumour told for background), an adviser's "opening position" (theirs,
 * not the company's), a bracket holding only "history", "for reference" or "context only", and another party's level
 * disowned after it: "Acme's SLB came in at 3.1x leverage; not our covenant", "a 2.0x FCCR floor - not applicable"
 * (only as a remark of its own after a dash or a semicolon: "which is not relevant here" says it of something else),
 * "Run #2 used a 3.0x FCCR minimum; both are now history", and a figure seen elsewhere disowned ("I saw $250M in the
 * press; that's not what we're doing").
 */
const NOT_THE_ASK =
  /\bnot\s+(?:our|the|my|this|an?)\s+(?:ask|instruction|request|mandate|covenant|limit|test)\b|(?<=(?:;|\s[-\u2013\u2014]{1,2})\s*)not\s+(?:applicable|relevant)(?:\s+(?:to\s+us|here|for\s+us))?(?=\s*[.;!\n]|\s*$)|\bnot\s+part\s+of\s+(?:this|the|our)\s+(?:ask|request|brief|run|mandate)\b|\b(?:ignore|disregard)\s+(?:(?:it|this|that|them)\s+)?(?:here|for\s+(?:this|now|the\s+run|this\s+run))\b|\b(?:ignore|disregard)\s+(?:those|these|that|this|the\s+old)\s+(?:numbers|figures|terms|number|figure)\b|\bseparate\s+(?:workstream|exercise|process|transaction|deal|conversation|discussion|matter)\b|\b(?:just|only|purely)\s+(?:for\s+)?(?:context|chatter|gossip|noise)\b|\b(?:that|this|it)(?:'s|\s+is)\s+not\s+what\s+(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:doing|asking\s+for|planning|after|running)\b|\b(?:their|his|her|the\s+[a-z]+'s)\s+opening\s+(?:position|bid|offer|ask)\b|\b(?:that|both|those|these|they|all)(?:'s|'re|\s+(?:is|are|was|were))\s+(?:now\s+)?(?:just\s+)?history\b|\((?:history|historical|history\s+only|for\s+history|past\s+deal|for\s+(?:reference|context)(?:\s+only)?|(?:reference|context)\s+only)\)/g;

/**
 * Figures stated beside the ask that are no part of it: a mortgage's balance ("the mortgage there is 120 mio"), a
 * past deal's size in brackets ("three times the 2021 deal (which was 60 mio)") and what is paid today ("(today we
 * pay ca. 30 mio rent on the leased sites)").
 */
const ASIDE_FIGURE = new RegExp(
  String.raw`\bmortgage(?:\s+(?:balance|loan|debt))?(?:\s+(?:there|on\s+(?:it|them|that|this|the\s+[a-z]+)))?\s+(?:is|was|of|stands\s+at|amounts\s+to)\s+(?:(?:about|around|ca\.?|some)\s+)?(?:usd\s*|\$\s*)?\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?\b|\((?:which|that)\s+(?:was|were|had\s+been)\s+(?:about\s+|ca\.?\s+)?(?:usd\s*|\$\s*)?\d[^)\n]{0,30}\)|\((?:today|currently|at\s+present|right\s+now),?\s+we\s+(?:pay|have|carry|are\s+at)\b[^)\n]{0,60}\)`,
  'g',
);

/** The disowning words that set talk aside rather than name a figure's deal: "a separate conversation", "just context". */
const TALK_SET_ASIDE = /^(?:separate\s+(?:conversation|discussion|matter)|(?:just|only|purely)\s)/;

/** "... were the terms in the Chandler financing in 2019, not for this program": what comes before is another deal's. */
const NOT_FOR_THIS = /,?\s*not\s+(?:for|in)\s+this\s+(?:program(?:me)?|deal|exercise|transaction|run|sale|one)\b/g;

/**
 * The spans of figures stated beside the ask (`ASIDE_FIGURE`), and of a sentence that says it is not for this deal,
 * from its start (a stop after an abbreviation such as "p.a." starts none) to the words saying so.
 */
function asideFigureSpans(lower: string): Span[] {
  if (!/mortgage|which|that|today|currently|present|right now|this/.test(lower)) return [];
  const spans = matchesIn(ASIDE_FIGURE, lower).map((match) => ({ start: match.index, end: match.index + match[0].length }));
  for (const match of matchesIn(NOT_FOR_THIS, lower)) {
    const before = lower.slice(0, match.index);
    let start = before.lastIndexOf('\n') + 1;
    for (const stop of before.matchAll(/[a-z\d)%]{2}[.!?]\s/g)) start = Math.max(start, stop.index + 3);
    const end = match.index + match[0].length;
    if (/\d/.test(lower.slice(start, match.index)) && !INSTRUCTION.test(lower.slice(start, end))) spans.push({ start, end });
  }
  return spans;
}

/** A figure: a currency mark, or digits with a scale, a percent sign or a multiple. */
const FIGURE = /\$|\busd\b|\d[\d.,]*\s*(?:%|x\b|mm?\b|mn\b|million|bn\b|billion)/;

/**
 * Words that make a sentence give the instruction itself: "raise $130m; the revolver draw is a separate workstream",
 * or a sale planned at its amount: "plan a $125mm SLB but leave the mortgaged buildings alone - refinancing those is a
 * separate workstream", "run a $90M program".
 */
const INSTRUCTION = new RegExp(
  String.raw`\b(?:raise|we\s+(?:want|need)|please\s+(?:run|size|model)|our\s+(?:ask|instruction)\s*(?:is|:))\b|\b(?:plan|run|model|size|do)\s+(?:us\s+|me\s+)?(?:a|an|the)\s+(?:us\$|\$|usd\s*)\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?\s+(?:slb|sale[-\s]leaseback|leaseback|program(?:me)?|sale|deal|transaction)\b`,
);

/** The start of the sentence holding `index`: after a line break or a stop, "!" or "?" followed by a space. */
function sentenceStart(lower: string, index: number): number {
  for (let at = index - 1; at >= 0; at -= 1) {
    const character = lower[at];
    if (character === '\n') return at + 1;
    if ((character === '.' || character === '!' || character === '?') && /\s/.test(lower[at + 1] ?? '')) return at + 1;
  }
  return 0;
}

/** The end of the sentence holding `index`: a line break, or a stop, "!" or "?" followed by a space or the end. */
function sentenceEnd(lower: string, index: number): number {
  for (let at = index; at < lower.length; at += 1) {
    const character = lower[at];
    if (character === '\n') return at;
    // A stop before a digit is a decimal point ("FCCR 1.5x."): only a stop before a space or the end ends a sentence.
    if ((character === '.' || character === '!' || character === '?') && /^\s?$/.test(lower[at + 1] ?? '')) return at + 1;
  }
  return lower.length;
}

/** The brackets around `index` on its line, as [start, end), or null when it is outside any. */
function bracketsAround(lower: string, index: number): Span | null {
  const open = lower.lastIndexOf('(', index);
  if (open === -1 || lower.lastIndexOf(')', index - 1) > open || lower.lastIndexOf('\n', index) > open) return null;
  const close = lower.indexOf(')', index);
  if (close === -1 || (lower.indexOf('\n', index) !== -1 && lower.indexOf('\n', index) < close)) return null;
  return { start: open, end: close + 1 };
}

/**
 * The spans a brief disowns as not its instruction: the brackets holding the disowning words when a figure is inside
 * them, otherwise the part of the sentence or line they disown, unless that part gives the instruction itself; and
 * the figures stated beside the ask (`ASIDE_FIGURE`).
 */
export function notTheAskSpans(lower: string): Span[] {
  // Figures beside the ask ("the mortgage there is 120 mio") are read as nothing whatever else the brief says.
  const spans: Span[] = [...asideFigureSpans(lower), ...offTheTableSpans(lower)];
  // The cheap test first: every form needs one of these words.
  if (!/\bnot\s|ignore|disregard|separate|history|historical|past deal|reference|context|chatter|gossip|noise|opening/.test(lower))
    return spans;
  for (const match of matchesIn(NOT_THE_ASK, lower)) {
    const brackets = match[0].startsWith('(') ? null : bracketsAround(lower, match.index);
    if (brackets !== null && FIGURE.test(lower.slice(brackets.start, brackets.end))) {
      spans.push(brackets);
      continue;
    }
    // "no mortgaged assets (the lenders would need repaying and that's a separate discussion)": talk set aside in
    // brackets without a figure is about the bracket's own subject, not the figures of the sentence around it.
    if (brackets !== null && TALK_SET_ASIDE.test(match[0])) continue;
    // "skip Columbus (the Dublin lab sale is a separate process)": a bracket without a figure that says what its own
    // subject is disowns that subject alone, never the figures of the sentence around it.
    if (brackets !== null && /\b(?:is|are|was|were|goes|go|runs|run)\s/.test(lower.slice(brackets.start, match.index))) continue;
    let start = sentenceStart(lower, match.index);
    // "plan a $125mm SLB but leave the mortgaged buildings alone - refinancing those is a separate workstream": a
    // remark after a spaced dash that says what its own subject is, without a figure, disowns that subject alone, as
    // a bracket does above; the ask before the dash stands.
    const dash = /[^\S\n][-\u2013\u2014]{1,2}[^\S\n](?![\s\S]*[^\S\n][-\u2013\u2014]{1,2}[^\S\n])/.exec(lower.slice(start, match.index));
    if (dash !== null) {
      const remark = lower.slice(start + dash.index + dash[0].length, match.index);
      if (!FIGURE.test(remark) && /\b(?:is|are|was|were|goes|go|runs|run)\s/.test(remark)) continue;
    }
    // "settled on $160M; Leo had floated $200M, but that is not our instruction": the words disown their own clause
    // after a semicolon when it holds a figure, never the ask in the clause before it.
    const semicolon = lower.lastIndexOf(';', match.index);
    if (semicolon >= start && FIGURE.test(lower.slice(semicolon + 1, match.index))) start = semicolon + 1;
    const markerEnd = match.index + match[0].length;
    // "a $400M figure ... but that's history — today's ask is $230M": the words disown what comes before them; only
    // with no figure before them ("Peer benchmark (not our ask): a competitor sold $400M") do they disown what follows,
    // up to a spaced dash or a semicolon ("Not the ask — the ask is $160M").
    let end = markerEnd;
    if (!FIGURE.test(lower.slice(start, match.index))) {
      end = sentenceEnd(lower, markerEnd);
      const turn = /[^\S\n][-\u2013\u2014][^\S\n]|;/.exec(lower.slice(markerEnd, end));
      if (turn !== null) end = markerEnd + turn.index;
    }
    const disowned = lower.slice(start, end);
    if (!FIGURE.test(disowned) || INSTRUCTION.test(disowned)) continue;
    spans.push({ start, end });
  }
  return spans;
}
