/**
 * Figures a writer takes back in wording the other revision readers (`revised-figures.ts`, `superseded-figures.ts`)
 * do not know: a figure refused and the one meant in the same breath ("not $100M, go $120M"), a figure recalled from
 * an occasion before the one meant ("we said $200M on Friday's call - make it $225M"), a correction that names where
 * it came from ("Sorry, correction just in from the CFO: make that $115M", "(correction: the CFO now says $195M)")
 * and a figure disowned as wrong ("my note said $150M. That was wrong: the number the board approved is $135M").
 * The figure taken back is read as nothing, so the figure meant is what every reader sees.
 */
import { CORRECTED_FIGURE } from './corrected-figure.js';
import { figureKind } from './replaced-figures.js';
import { matchesIn } from './required-text.js';

type Span = { start: number; end: number };

/** The words that give the figure meant: "go", "go with", "make it", "use", "let's do", "it's". */
const GIVEN = String.raw`(?:go(?:[^\S\n]+(?:with|for|to))?|make[^\S\n]+(?:it|that)|use|do|let(?:'s|[^\S\n]+us)[^\S\n]+(?:do|go(?:[^\S\n]+(?:with|for))?|say|use)|(?:it's|it[^\S\n]+is|it[^\S\n]+should[^\S\n]+be))`;

/**
 * "not $100M, go $120M", "not 3.5x - use 3.25x", "Not $80M; let's do $90M": a figure refused and, after a stop
 * inside the sentence, the figure meant (only looked ahead at). The span is "not" and the figure refused.
 */
const REFUSED_THEN_GIVEN = new RegExp(
  String.raw`\bnot[^\S\n]+(?<earlier>${CORRECTED_FIGURE})[^\S\n]*[,;:\u2013\u2014-]+[^\S\n]*(?:(?:but|rather|instead|so)[^\S\n]*,?[^\S\n]+)?${GIVEN}[^\S\n]+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "I know we said $200M on Friday's call - make it $225M", "we gave 3.5x in the kickoff deck; use 3.25x": a figure
 * the writer recalls giving on an occasion (a call, a deck, a day), then the figure meant (only looked ahead at). The
 * occasion is up to six words, with no stop of a sentence in them.
 */
const RECALLED_ON_AN_OCCASION = new RegExp(
  String.raw`\b(?:i|we)[^\S\n]+(?:said|gave|put|wrote|quoted|mentioned|floated|agreed|asked[^\S\n]+for)[^\S\n]+(?<earlier>${CORRECTED_FIGURE})(?:[^\S\n]+(?:on|in|at|during|from|for|to|with)(?:[^\S\n]+[a-z0-9'\u2019-]+){1,5})?[^\S\n]*[;,:\u2013\u2014-]+[^\S\n]*(?:(?:but|so|please|now|actually|instead),?[^\S\n]+)*${GIVEN}[^\S\n]+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "Target is $130M. Sorry, correction just in from the CFO: make that $115M", "a $210M program (correction: the CFO
 * now says $195M)": a figure, then within the next sentence a correction that may say where it came from, a colon,
 * and the figure meant, after "make that" or someone who "now says" it (only looked ahead at). The words between the
 * figure and "correction" are checked for another figure of the same kind, which would be the one corrected.
 */
const CORRECTION_WITH_ITS_SOURCE = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?<gap>[^\n]{0,40}?)\bcorrection\b[^\S\n]*(?:(?:just[^\S\n]+)?(?:in|from|via|per)[^\S\n]+[^:\n.;]{1,30}?)?[^\S\n]*:[^\S\n]*(?:(?:${GIVEN}|(?:the[^\S\n]+)?[a-z]+(?:[^\S\n]+[a-z]+)?[^\S\n]+(?:now[^\S\n]+)?(?:says|wants|asks[^\S\n]+for|has[^\S\n]+it[^\S\n]+at))[^\S\n]+)?(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "my note this morning said $150M. That was wrong: the number the board approved is $135M", "the 3.0x above is a
 * mistake - it should be 3.5x": a figure, then in the next sentence the writer calling it wrong, and the figure meant
 * in the same sentence as that (only looked ahead at).
 */
const DISOWNED_AS_WRONG = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})[^.;!?\n\d$]{0,20}[.;!]?[^\S\n]*(?:that|this|it)(?:[^\S\n]+(?:was|is)|'s)[^\S\n]+(?:wrong|incorrect|a[^\S\n]+(?:mistake|typo)|an[^\S\n]+error|out[^\S\n]+of[^\S\n]+date|outdated|stale)\b[^.!?\n\d$]{0,60}?(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/** Any figure, to look for one between a figure and its correction. */
const ANY_FIGURE = new RegExp(CORRECTED_FIGURE, 'g');

/** Whether a figure was taken back for one of its own kind, not a bare number. */
function sameKind(earlier: string, later: string): boolean {
  const kind = figureKind(earlier);
  return kind !== 'number' && kind === figureKind(later);
}

/**
 * The spans to read as nothing for each figure taken back before the one meant: the figure taken back (and the
 * "not" refusing it), never the words naming it, so those name the figure meant.
 */
export function figuresTakenBackSpans(lower: string): Span[] {
  const spans: Span[] = [];
  // The cheap test first: every form needs one of these words.
  if (
    !/\bnot\b|\b(?:said|gave|put|wrote|quoted|mentioned|floated|agreed|asked)\b|correction|wrong|mistake|typo|error|outdated|stale/.test(
      lower,
    )
  )
    return spans;
  for (const match of matchesIn(REFUSED_THEN_GIVEN, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    if (!sameKind(earlier, match.groups?.['later'] ?? '')) continue;
    const at = match[0].indexOf(earlier, 3);
    spans.push({ start: match.index, end: match.index + at + earlier.length });
  }
  for (const pattern of [RECALLED_ON_AN_OCCASION, DISOWNED_AS_WRONG]) {
    for (const match of matchesIn(pattern, lower)) {
      const earlier = match.groups?.['earlier'] ?? '';
      if (!sameKind(earlier, match.groups?.['later'] ?? '')) continue;
      const at = pattern === DISOWNED_AS_WRONG ? 0 : match[0].indexOf(earlier, match[0].search(/\s/));
      spans.push({ start: match.index + at, end: match.index + at + earlier.length });
    }
  }
  for (const match of matchesIn(CORRECTION_WITH_ITS_SOURCE, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    const kind = figureKind(earlier);
    // Only amounts: a setting's corrected share or multiple ("Escalator: 2.0% - no, correction from Legal: 1.5%") is
    // read by that setting's own reader, which needs both figures to see the correction.
    if (kind !== 'money' || !sameKind(earlier, match.groups?.['later'] ?? '')) continue;
    // A figure of the same kind between them is the one corrected, and its own match finds it.
    const gap = match.groups?.['gap'] ?? '';
    if (matchesIn(ANY_FIGURE, gap).some((figure) => figureKind(figure[0]) === kind)) continue;
    spans.push({ start: match.index, end: match.index + earlier.length });
  }
  return spans;
}
