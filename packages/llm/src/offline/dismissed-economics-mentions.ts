// A lease term, escalator, tax rate or reporting basis that a brief names and then disowns in the same breath:
// "a sell-side analyst asked about 3% bumps; we told him no", "the bank's model had 25-year terms, we're not using
// that", "(Ops wanted 8-year leases; finance overruled.)", "our competitor reports under IFRS - not relevant", "the 3%
// escalator in the appraisal is the appraiser's assumption, not ours", "last run's escalator of 2% was only the
// corporate default", "Superseded draft: lease term 20 years". Such a figure is background: `read-economics.ts` still
// claims it, so that no other reader takes it, but keeps the one the brief asks for. The family is kept to a reaction
// that disowns a figure just named, within one sentence, so that "no leases longer than 15 years" or "we said no more
// than 15-year leases" are limits, not refusals, and a figure in another sentence is never touched.

/** A span of the lower-cased brief whose economics figures are background, not settings. */
interface DismissedSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * A reaction that disowns what was just named: refused ("we told him no", "we said no", "finance overruled", "turned
 * that down"), not reused ("don't reuse that", "we're not using that", "not repeating that"), ruled out of scope
 * ("not relevant", "different situation", "not this time", "market colour only", "context only"), someone else's
 * ("not ours", "not our assumption"), replaced ("superseded"), of no help ("won't help us"), or a mere default ("was only
 * the corporate default"). "said no" followed by a comparison ("said no more than 15 years") is a limit and not read.
 */
const DISOWNING = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:we|they|i|he|she|finance|treasury|the\s+board|the\s+cfo)\s+(?:told\s+(?:him|her|them|the\s+[a-z]+)|said)\s+no\b(?!\s+(?:more|less|longer|shorter|higher|lower|greater|fewer|later|earlier|than|to\b))`,
      String.raw`(?:\w+\s+)?overruled\b`,
      String.raw`(?:we|they)\s+turned\s+(?:it|that|this|them|those)\s+down`,
      String.raw`(?:don['\u2019]?t|do\s+not|won['\u2019]?t|will\s+not)\s+(?:re-?use|repeat|use|copy|carry\s+over)\s+(?:that|it|this|those|them)\b`,
      String.raw`(?:we['\u2019]re|we\s+are|we['\u2019]ll\s+not\s+be|i['\u2019]m)\s+not\s+(?:using|repeating|reusing|adopting|taking|following)\s+(?:that|it|this|those|them)\b`,
      String.raw`not\s+(?:repeating|reusing|doing)\s+that(?:\s+again)?\b`,
      String.raw`not\s+relevant\b`,
      String.raw`(?:irrelevant|not\s+applicable)\s+(?:here|to\s+us|for\s+(?:us|this(?:\s+run)?))`,
      String.raw`(?:a\s+)?different\s+(?:situation|deal|context|case|animal|story)\b`,
      String.raw`not\s+this\s+time\b`,
      String.raw`(?:market\s+colou?r|context|background|for\s+(?:reference|context|colou?r))\s+only\b`,
      String.raw`not\s+(?:ours|our\s+(?:assumption|number|figure|view|call|input))\b`,
      String.raw`superseded\b`,
      String.raw`(?:won['\u2019]?t|will\s+not|doesn['\u2019]?t|does\s+not)\s+help\s+(?:us|here)\b`,
      String.raw`(?:was|is)\s+(?:only|just)\s+(?:the|a|our)\s+(?:[a-z]+\s+)?default\b`,
    ].join('|') +
    ')',
);

/** A figure the economics readers read: flat rents, a percentage, a term in years, a decimal, or a reporting basis. */
const ECONOMICS_FIGURE = /\bflat\s+rents?\b|\d\s*(?:%|percent|per\s*cent)|\d[\s-]*(?:year|yr)|\d\.\d|\bgaap\b|\bifrs/;

/** Any figure a reaction could be about: a number, flat rents or a reporting basis. */
const ANY_FIGURE = /\d|\bflat\s+rents?\b|\bgaap\b|\bifrs/;

/** Where a sentence ends: a line break, a bracket, or a full stop, question or exclamation mark before a space. */
const SENTENCE_END = /\n|[()]|[.?!](?=\s|$)/g;

/** Where a clause ends inside a sentence: a semicolon, colon, comma, a spaced dash, or ", so". */
const CLAUSE_END = /;\s*|:\s+|,\s+(?:so\s+)?|\s+[-\u2013\u2014]+\s+|\s+so\s+/g;

/** The sentences of `lower` as spans, separators left out. */
function sentences(lower: string): DismissedSpan[] {
  const spans: DismissedSpan[] = [];
  let start = 0;
  for (const match of lower.matchAll(SENTENCE_END)) {
    if (match.index > start) spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < lower.length) spans.push({ start, end: lower.length });
  return spans;
}

/** The clauses of one sentence, as spans of `lower`. */
function clauses(lower: string, sentence: DismissedSpan): DismissedSpan[] {
  const text = lower.slice(sentence.start, sentence.end);
  const spans: DismissedSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_END)) {
    if (match.index > start) spans.push({ start: sentence.start + start, end: sentence.start + match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) spans.push({ start: sentence.start + start, end: sentence.end });
  return spans;
}

/**
 * The spans of `lower` whose lease terms, escalators, tax rates and bases are disowned. A clause holding both a figure
 * and a disowning reaction ("a US GAAP view won't help us") is disowned itself; a reaction standing alone after a
 * figure's clause ("3% bumps; we told him no") disowns from the nearest clause before it with a figure (or the clause
 * just before, when none has one); a reaction opening a labelled line
 * ("Superseded draft: lease term 20 years") disowns the rest of its line.
 */
function dismissedEconomicsSpans(lower: string): DismissedSpan[] {
  if (!DISOWNING.test(lower)) return [];
  const spans: DismissedSpan[] = [];
  for (const sentence of sentences(lower)) {
    const parts = clauses(lower, sentence);
    parts.forEach((clause, index) => {
      const words = lower.slice(clause.start, clause.end);
      if (!DISOWNING.test(words)) return;
      if (ECONOMICS_FIGURE.test(words)) {
        spans.push(clause);
        return;
      }
      // Back to the nearest clause with a figure: "flat rents, which the buyers hated - not repeating that". When that
      // figure is of another kind ("taxed at 23%; the $160M in the banker's deck is their suggestion, not ours"), the
      // reaction is about it, and the economics before it stand.
      const before = parts.slice(0, index).reverse();
      const named = before.findIndex((part) => ANY_FIGURE.test(lower.slice(part.start, part.end)));
      const nearest = before[named];
      if (nearest !== undefined && !ECONOMICS_FIGURE.test(lower.slice(nearest.start, nearest.end))) return;
      const first = nearest ?? before[0];
      if (first !== undefined) {
        spans.push({ start: first.start, end: clause.start });
        return;
      }
      // A label such as "Superseded draft:" whose line follows it.
      if (/:\s*$/.test(lower.slice(clause.end, clause.end + 3)) || lower[clause.end] === ':')
        spans.push({ start: clause.end, end: sentence.end });
    });
  }
  return spans;
}

/** Whether `position` falls in one of `spans`. */
function inDismissedSpan(position: number, spans: readonly DismissedSpan[]): boolean {
  return spans.some((span) => span.start <= position && position < span.end);
}

/**
 * A filter for `read-economics.ts`: of the figures found in `lower` (each with where it starts), those outside every
 * disowned span, in their order.
 */
export function disownedEconomics(lower: string): <T extends { readonly start: number }>(found: readonly T[]) => T[] {
  const spans = dismissedEconomicsSpans(lower);
  return (found) => (spans.length === 0 ? [...found] : found.filter((one) => !inDismissedSpan(one.start, spans)));
}
