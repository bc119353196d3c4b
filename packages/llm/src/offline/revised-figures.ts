/**
 * Figures a brief revises in wording the self-correction reader (`superseded-figures.ts`) does not know: a labelled
 * line restated below with its revision ("Target: $250m" then "Target (revised 14/6): $275m"), a figure corrected in
 * place ("3.0x → corrected to 3.25x per Legal", "$90M, updated to $95M"), a slip apologised for ("$215M — apologies,
 * $225M", "3.0x lease-adjusted cap... sorry, 4.0x"), a figure the company wants moved ("3.9x but we want to get it to
 * 3.5x"), a typo ("$1.1bn?? no that's a typo - make it $110M") and an earlier statement followed by new numbers ("earlier I said $180M ... New numbers: $200M target").
 * The figures revised are read as nothing, so the revision is what every reader sees.
 */
import { CORRECTED_FIGURE } from './corrected-figure.js';
import { matchesIn } from './required-text.js';
import { figureKind, replacedFigureSpans } from './replaced-figures.js';
import { countedListHeadingSpans } from './counted-list-headings.js';
import { ARROW_STAND_IN } from './reading-stand-ins.js';
import { finalFigureSpans } from './final-figure-wording.js';
import { figuresTakenBackSpans } from './figures-taken-back-before-the-one-meant.js';

type Span = { start: number; end: number };

/** The words of a revision: "revised", "updated", "amended", "corrected", "restated", "new", "latest". */
const REVISION = '(?:revised|updated|amended|corrected|restated|new|latest)';

/**
 * A labelled line stating a revision of its label: "Target (revised 14/6): $275m", "Revised target: $275m", "Net
 * leverage (updated): 3.25x". The label, without the revision's words, is the group `label` (the revision's words
 * before it) or `restated` (after it).
 */
const REVISED_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:[-*][^\S\n]*)?(?:${REVISION}[^\S\n]+(?<label>[a-z][a-z' -]{1,40}?)|(?<restated>[a-z][a-z' -]{1,40}?)[^\S\n]*(?:\([^\S\n]*${REVISION}\b[^)\n]{0,30}\)|[^\S\n]+-[^\S\n]+${REVISION}\b[^:\n]{0,30}))[^\S\n]*:[^\S\n]*(?=(?<later>${CORRECTED_FIGURE}))`,
  'gm',
);

/**
 * "3.0x → corrected to 3.25x per Legal", "$90M, since revised to $95M", "20% (updated to 25%)": a figure and the
 * figure it was corrected to, of the same kind (only looked ahead at).
 */
const CORRECTED_IN_PLACE = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})[^\S\n]*(?:->|=>|${ARROW_STAND_IN}|[,(]|--?)?[^\S\n]*(?:(?:now|since|later|then)[^\S\n]+)?(?:corrected|updated|amended|restated)[^\S\n]+(?:(?:up|down)[^\S\n]+)?to[^\S\n]+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "$215M — apologies, $225M", "3.5x, my mistake, 3.25x", "$80M (oops, $85M)": a figure, an apology for it and the
 * figure meant (only looked ahead at).
 */
const APOLOGISED_SLIP = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})[^\S\n]*[-,;(.]*[^\S\n]*(?:(?:my[^\S\n]+)?apologies|apologi[sz]e|my[^\S\n]+(?:bad|mistake|error)|oops|whoops|pardon(?:[^\S\n]+me)?|i[^\S\n]+misspoke)[^\S\n]*[-,;:.!]*[^\S\n]*(?:(?:it\s+should\s+(?:be|read|say)|i\s+meant|it's|it\s+is|that\s+should\s+be)[^\S\n]+)?(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "a 3.0x lease-adjusted cap... sorry, correction, 4.0x lease-adjusted", "$90M of proceeds - sorry, $95M", "18% max
 * share per market... sorry, typo, 28%": a figure and up to four words naming it, then an apology or "correction" and the figure meant (only looked ahead at). The
 * first figure and the apology are read as nothing, so the words naming it name the figure meant.
 */
const SLIP_AFTER_ITS_NOUN = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?<named>(?:[^\S\n]+[a-z][a-z-]*){1,4})[^\S\n]*(?:\.{2,}|\u2026|[-,;(])[^\S\n]*(?:sorry|correction|apologies|my[^\S\n]+(?:bad|mistake))(?:[^\S\n]*[,;:-][^\S\n]*(?:sorry|correction|typo))?[^\S\n]*[-,;:.!]*[^\S\n]*(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "$175M by Q3. actually make it $160M", "Target is $195M. Actually the CFO just pinged, go with $185M", "$85M,
 * actually bump it to $90M", "target $115M -> make that $120M": a figure, then, in its sentence or the next,
 * "actually" or an arrow, a short aside ending in a comma, and words putting a figure in the pronoun's place (only
 * looked ahead at). The words between the figure and "actually" are its own ("$85M from Dallas only. Actually make
 * it $90M" still sells in Dallas), so only the figure and the correcting words are read as nothing.
 */
const CORRECTED_AHEAD = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?<gap>[^\n$]{0,60}?)(?:\bactually\b|->|=>|${ARROW_STAND_IN})[^\S\n]*,?[^\S\n]*(?:[a-z' ]{1,40},[^\S\n]*)?(?:make[^\S\n]+(?:it|that)|go[^\S\n]+with|(?:bump|take|push|raise|cut|bring|move|up|lower|drop)[^\S\n]+(?:it|that)[^\S\n]+(?:up[^\S\n]+|down[^\S\n]+)?to)[^\S\n]+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "I said $120M earlier; use $135M", "we said 2% escalators before - make it 2.5%": a figure the writer recalls giving,
 * up to four words naming it, "earlier" or "before", and the figure to use in its place, of the same kind (only looked
 * ahead at). The recall and the figure go, and so do the words putting the new one in its place, so that the words
 * naming the first name the second ("escalators 2.5%").
 */
const SAID_EARLIER_THEN_REPLACED = new RegExp(
  String.raw`\b(?:i|we)[^\S\n]+(?:said|gave|put|wrote|typed|mentioned|quoted|asked\s+for)[^\S\n]+(?<earlier>${CORRECTED_FIGURE})(?<named>(?:[^\S\n]+[a-z][a-z-]*){0,4}?)[^\S\n]+(?:earlier|before|previously|at\s+first)[^\S\n]*[;,.:\u2013\u2014-]+[^\S\n]*(?:(?:but|so|please|actually),?[^\S\n]+)*(?:use|make[^\S\n]+(?:it|that)|go[^\S\n]+with|(?:it|that)[^\S\n]+should[^\S\n]+be)[^\S\n]+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "Earlier today we indicated 28% for the gain; that was the pre-reform rate. Please use 21%": a figure the writer
 * recalls giving, disowned in the next clause as an old or a wrong one ("that was the pre-reform rate", "that was the
 * old number"), then the figure to use. Only the earlier figure goes; the words naming it stay for the one that
 * replaces it.
 */
const RECALLED_THEN_DISOWNED = new RegExp(
  String.raw`\b(?:earlier|before|previously|yesterday)(?:[^\S\n]+(?:today|this\s+week|this\s+morning))?,?[^\S\n]+(?:i|we)[^\S\n]+(?:indicated|said|gave|quoted|mentioned|suggested|put)[^\S\n]+(?<earlier>${CORRECTED_FIGURE})(?:[^\S\n]+[a-z][a-z-]*){0,5}?[^\S\n]*[;,.\u2013\u2014-][^\S\n]*(?:that|this|it)[^\S\n]+(?:was|is)[^\S\n]+(?:the[^\S\n]+|an?[^\S\n]+)?(?:[a-z-]+[^\S\n]+){0,2}?(?:rate|figure|number|one|assumption)[^\S\n]*[.;,\u2013\u2014-][^\S\n]*(?:please[^\S\n]+)?(?:use|make[^\S\n]+(?:it|that)|go[^\S\n]+with|take)[^\S\n]+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "leverage at 3.9x but we want to get it to 3.5x", "$150M, but we need to bring that down to $120M": a figure, then the
 * figure the company wants it moved to (only looked ahead at).
 */
const MOVED_TO_AFTER_BUT = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})[^.;!?\n]{0,20}?\bbut\s+(?:we|i)(?:\s+(?:want|need|have|would\s+like)|'d\s+like)\s+to\s+(?:get|bring|take|push|move)\s+(?:it|that|this)\s+(?:(?:back\s+)?(?:down|up)\s+)?to\s+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "$1.1bn?? no that's a typo - make it $110M", "the sizing was $150M but we only actually need $105M": a figure
 * called a typo, or said to be more than is actually needed, then the figure meant (only looked ahead at).
 */
const TYPO_OR_ACTUAL_NEED = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?:[^\S\n]*[?!.,;-]*[^\S\n]*(?:no[,.!]?[^\S\n]+)?(?:that(?:'s|\s+is|\s+was)|it(?:'s|\s+is|\s+was))\s+a\s+typo[^\S\n]*[-,;:.!]*[^\S\n]*(?:(?:make\s+it|it\s+should\s+(?:be|read)|i\s+meant|read)[^\S\n]+)?|[^.;!?\n]{0,10}?\bbut\s+(?:we|i)\s+(?:only\s+)?(?:actually|really)\s+(?:only\s+)?need\s+)(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "Earlier I said $180M with a $150M floor ... New numbers: $200M target, $170M floor": what was said before, up to
 * the words that bring in the numbers replacing it, in the same paragraph.
 */
const EARLIER_THEN_NEW =
  /\b(?:earlier|previously|before|last\s+time|originally|in\s+my\s+(?:last|earlier|previous)\s+(?:note|email|message))[,]?[^\S\n]+(?:i|we)[^\S\n]+(?:said|asked\s+for|wrote|sent|gave\s+you|mentioned)\b[^\n]{0,200}?\b(?:new|updated|revised|corrected|latest|the\s+new)[^\S\n]+(?:numbers|figures|terms|parameters|inputs|ask)\b[^\S\n]*(?::|are|below|as\s+follows)?/g;

/**
 * A limit's name right after a figure set aside ("4x leverage", "1.5x FCCR", "4.5x lease-adjusted"): it names the figure
 * that replaces it too, so it stays to be read with that figure.
 */
const LIMIT_NAME_AFTER = String.raw`[^\S\n]+(?:(?:net|total|lease[-\s]adjusted|rent[-\s]adjusted)(?:[^\S\n]+(?:net[^\S\n]+)?(?:leverage|lev))?|leverage|lev|fccr|fcc|coverage|floor|minimum|cap|ceiling)(?![a-z-])`;
/**
 * "The CFO mentioned 4x leverage but that was the old covenant - the actual limit is 3.5x", "was thinking 3.5x but
 * the covenant is 3.75x", "the lenders' draft said 5x; we negotiated it down to 4.5x", "the old floor was $150M but
 * let's set it at $170M", "they mentioned 4.5x lease-adjusted as the downgrade trigger, so let's stay inside that at
 * 4.25x": a figure said to be old, a draft's, only thought of or mentioned, then words that put another in its place
 * and the next figure, of the same kind (only looked ahead at). The figure that replaces it is the one that stands.
 */
const OLD_THEN_ACTUAL = new RegExp(
  String.raw`\b(?:old|previous|prior|earlier|original|draft(?:[^\S\n]+(?:said|had))?|(?:was|were)[^\S\n]+thinking|(?:had[^\S\n]+)?mentioned)\b[^.;!?\n\d$]{0,40}?(?<copula>(?:\b(?:was|were|of|had|said|at)[^\S\n]+)?)(?<earlier>${CORRECTED_FIGURE})(?<named>${LIMIT_NAME_AFTER})?(?<gap>[^.!?\n\d$]{0,100}?\b(?:but|actual(?:ly)?|amended|new|now|negotiated|(?:set|make|put|move)[^\S\n]+it|go[^\S\n]+with|use|this[^\S\n]+time|instead|requires?|inside|within)\b[^.!?\n\d$]{0,60}?)(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/** A limit's own words ending the gap before the figure that replaces: "limit is", "covenant is now". */
const LIMIT_WORDS_KEPT = /\b(?:limit|cap|ceiling|covenant|floor|max(?:imum)?|min(?:imum)?)(?:[^\S\n]+(?:is|of|at|now))*[^\S\n]*$/;

/**
 * "Last year's deal was $90M at 3.2x leverage, ignore that": a past deal's figures set aside by words that drop them,
 * in the clause after; the span is from the past deal to those words.
 */
const PAST_DEAL_IGNORED =
  /\b(?:last[^\S\n]+year['\u2019]?s|last|previous|prior|earlier|our[^\S\n]+(?:last|previous|prior|(?:19|20)\d\d))[^\S\n]+(?:deal|transaction|program(?:me)?|slb|sale[-\s]leaseback|leaseback|round)\b(?:[^.;!?\n]|\.(?=\d)){0,80}?[,;:\u2013\u2014-][^\S\n]*(?:but[^\S\n]+)?(?:ignore|disregard|forget(?:[^\S\n]+about)?)[^\S\n]+(?:that|it|this|those)\b/g;

/**
 * "FCCR minimum recorded as 1.5x in draft v1; corrected to 1.65x per the credit agreement", "the floor was entered at
 * $80M in the model, since changed to $75M": a figure said to have been written down somewhere, then corrected to the
 * next figure of the same kind. The span is from the verb of recording to the figure that stands, so that the name
 * before reads with it ("FCCR minimum [...] 1.65x").
 */
const RECORDED_THEN_CORRECTED = new RegExp(
  String.raw`\b(?:recorded|entered|written(?:\s+down)?|shown|listed|noted|logged|minuted|stated|given|put\s+down|set)\s+(?:as|at)\s+(?<earlier>${CORRECTED_FIGURE})(?:[^.;!?\n]|\.(?=\d)){0,40}?[;,\u2013\u2014-][^\S\n]*(?:(?:but|and|since|now|then|later|subsequently)[^\S\n]+)*(?:been[^\S\n]+)?(?:corrected|changed|revised|updated|amended|moved|raised|lowered|increased|reduced|fixed|restated)[^\S\n]+to[^\S\n]+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * The spans to read as nothing for each figure a brief revises: the figure revised and the words between it and its
 * revision, or, for a labelled line restated below, the earlier line's figure only.
 */
export function revisedFigureSpans(lower: string): Span[] {
  // Figures replaced in wording around them ("$2.0bn? No.", "(draft 2 said $420M)"): see `replaced-figures.ts`; and
  // a count heading the names of assets ("the two Houston assets we discussed: the Baytown ..."), which is no market.
  // Amounts given before one named final ("Final: $150M"): see `final-figure-wording.ts`; figures refused, recalled or
  // disowned before the one meant ("not $100M, go $120M"): see `figures-taken-back-before-the-one-meant.ts`.
  const spans: Span[] = [
    ...replacedFigureSpans(lower),
    ...countedListHeadingSpans(lower),
    ...finalFigureSpans(lower),
    ...figuresTakenBackSpans(lower),
  ];
  // The cheap test first: every form needs one of these words.
  if (
    !/revised|updated|amended|correct|restated|new|latest|apologi|mistake|oops|pardon|misspoke|my bad|sorry|but|typo|old|previous|prior|earlier|before|at first|original|draft|thinking|mentioned|last|actually|->|=>|\u00bb/.test(
      lower,
    )
  )
    return spans;
  if (lower.includes(':')) {
    for (const match of matchesIn(REVISED_LINE, lower)) {
      const groups = match.groups ?? {};
      const later = groups['later'] ?? '';
      const label = (groups['label'] ?? groups['restated'] ?? '').trim();
      // The label stated before, on a line of its own: "Target: $250m".
      const earlierLine = new RegExp(
        String.raw`^[^\S\n]*(?:[-*][^\S\n]*)?${label.replace(/[^a-z0-9 ]/g, '.')}[^\S\n]*:[^\S\n]*(?=(?<earlier>${CORRECTED_FIGURE}))`,
        'gm',
      );
      for (const earlier of matchesIn(earlierLine, lower.slice(0, match.index))) {
        const figure = earlier.groups?.['earlier'] ?? '';
        if (figureKind(figure) !== figureKind(later)) continue;
        const start = earlier.index + earlier[0].length;
        spans.push({ start, end: start + figure.length });
      }
    }
  }
  for (const pattern of [CORRECTED_IN_PLACE, APOLOGISED_SLIP, MOVED_TO_AFTER_BUT, TYPO_OR_ACTUAL_NEED]) {
    for (const match of matchesIn(pattern, lower)) {
      const earlier = match.groups?.['earlier'] ?? '';
      if (figureKind(earlier) !== figureKind(match.groups?.['later'] ?? '') || figureKind(earlier) === 'number') continue;
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  if (/actually|->|=>|\u00bb/.test(lower)) {
    for (const match of matchesIn(CORRECTED_AHEAD, lower)) {
      const earlier = match.groups?.['earlier'] ?? '';
      const gap = match.groups?.['gap'] ?? '';
      const kind = figureKind(earlier);
      if (kind !== figureKind(match.groups?.['later'] ?? '') || kind === 'number') continue;
      // A figure of the same kind between them is the one corrected, and its own match finds it.
      if (matchesIn(new RegExp(CORRECTED_FIGURE, 'g'), gap).some((figure) => figureKind(figure[0]) === kind)) continue;
      const wordsStart = match.index + earlier.length + gap.length;
      spans.push({ start: match.index, end: match.index + earlier.length }, { start: wordsStart, end: match.index + match[0].length });
    }
  }
  for (const match of matchesIn(SLIP_AFTER_ITS_NOUN, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    if (figureKind(earlier) !== figureKind(match.groups?.['later'] ?? '') || figureKind(earlier) === 'number') continue;
    // The apology goes too, so that the words naming the slip name the figure meant: "max share per market 28%".
    const named = match.index + earlier.length + (match.groups?.['named'] ?? '').length;
    spans.push({ start: match.index, end: match.index + earlier.length }, { start: named, end: match.index + match[0].length });
  }
  for (const match of matchesIn(SAID_EARLIER_THEN_REPLACED, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    if (figureKind(earlier) !== figureKind(match.groups?.['later'] ?? '') || figureKind(earlier) === 'number') continue;
    const earlierEnd = match.index + match[0].indexOf(earlier) + earlier.length;
    const named = earlierEnd + (match.groups?.['named'] ?? '').length;
    spans.push({ start: match.index, end: earlierEnd }, { start: named, end: match.index + match[0].length });
  }
  for (const match of matchesIn(RECALLED_THEN_DISOWNED, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    if (figureKind(earlier) !== figureKind(match.groups?.['later'] ?? '') || figureKind(earlier) === 'number') continue;
    const at = match.index + match[0].indexOf(earlier, match[0].search(/\b(?:i|we)\s/));
    spans.push({ start: at, end: at + earlier.length });
  }
  for (const match of matchesIn(EARLIER_THEN_NEW, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  for (const match of matchesIn(OLD_THEN_ACTUAL, lower)) {
    const groups = match.groups ?? {};
    const earlier = groups['earlier'] ?? '';
    // Amounts and multiples only: a percentage set aside so ("earlier we used 2% bumps, but now go with 3%") is
    // named by words after it that the replacement needs, and readers of those terms see to it.
    const kind = figureKind(earlier);
    if (kind !== figureKind(groups['later'] ?? '') || (kind !== 'money' && kind !== 'multiple')) continue;
    const end = match.index + match[0].length;
    const named = groups['named'] ?? '';
    const earlierStart = end - (groups['gap'] ?? '').length - named.length - earlier.length;
    if (named === '') {
      // No name after the figure: the words from its verb to the figure that replaces it go ("the old floor [was
      // $150M but let's set it at] $170M"), so the name before reads with the new figure.
      spans.push({ start: earlierStart - (groups['copula'] ?? '').length, end });
      continue;
    }
    // The name after it stays, and reads with the figure that replaces it ("[4x] leverage [... the actual limit is] 3.5x").
    spans.push({ start: earlierStart, end: earlierStart + earlier.length });
    // A limit's own words at the end of the gap stay too ("the actual [limit is] 3.5x now"): they make it a limit.
    const kept = LIMIT_WORDS_KEPT.exec(groups['gap'] ?? '')?.[0].length ?? 0;
    spans.push({ start: earlierStart + earlier.length + named.length, end: end - kept });
  }
  for (const match of matchesIn(PAST_DEAL_IGNORED, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  for (const match of matchesIn(RECORDED_THEN_CORRECTED, lower)) {
    const kind = figureKind(match.groups?.['earlier'] ?? '');
    if (kind !== 'number' && kind === figureKind(match.groups?.['later'] ?? ''))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
