/**
 * Figures a brief replaces in wording around the figure rather than beside it: a correction with its reason between
 * the two figures ("USD 220 mio - correction, after the call with the CFO it is USD 240 mio"), an edit line under the
 * figure it corrects ("EDIT: sorry, I mixed it up ... the limit is 3.5x"), a figure asked for and refused ("Tom asked
 * whether we can stretch to $350M. The answer: no"), a figure as a question answered no ("$2.0bn? No."), a first
 * figure ("Initial thought was $650M; ... it's $600M"), an earlier draft's figure in brackets ("(draft 2 said $420M)"),
 * a figure set aside by "rather than" or by the writer's preference ("$500M is what the consultants floated; I'd rather
 * see $350M"), a bound's word taken back ("minimum... no, maximum 9 mio"), a figure refused
 * outright ("$1.1bn is fantasy") and positions before an agreed figure ("opened at $190M, agreed figure $170M"). What is
 * replaced is read as nothing, so the figure that stands is what every reader sees.
 */
import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** A currency mark or code, or a money scale ending the figure. */
const MONEY_MARK_OR_SCALE_AT_END = new RegExp(String.raw`\$|usd|(?:${MILLION_SCALE}|${BILLION_SCALE}|b|k)$`);

type Span = { start: number; end: number };

/**
 * A figure as these forms compare them: a currency mark or code, digits, and a unit or scale ("mio" and "mn"
 * included, as treasury teams abroad write them).
 */
const FIGURE = String.raw`(?<![\w.$])(?:(?:us\$|usd|\$)[^\S\n]*)?\d[\d,]*(?:\.\d+)?[^\S\n]*(?:x|times|%|percent|mm|m|mn|mio|million|millions|bn|b|billion|k|years?)?\.?(?:[^\S\n]+(?:dollars|usd))?(?![a-z\d])`;

const FIGURES = new RegExp(FIGURE, 'g');

/**
 * Every figure in a stretch of text. Run only where a form above has matched, on the lines it names, so a brief
 * without those key words never pays for it.
 */
function figuresIn(text: string): RegExpExecArray[] {
  return matchesIn(FIGURES, text);
}

/**
 * What a figure measures, by its mark and unit: money, a share, a multiple, years or a bare number. Two figures are
 * compared (one taken as replacing the other) only when they are of the same kind.
 */
export function figureKind(figure: string): string {
  const written = figure
    .trim()
    .replace(/\.$/, '')
    .replace(/\s+(?:dollars|usd)$/, '');
  if (MONEY_MARK_OR_SCALE_AT_END.test(written)) return 'money';
  if (/(?:%|percent)$/.test(written)) return 'share';
  if (/(?:x|times|turns)$/.test(written)) return 'multiple';
  return /years?$/.test(written) ? 'years' : 'number';
}

/** "USD 220 mio - correction, after the call with the CFO it is USD 240 mio": a figure, "correction" and a reason. */
const CORRECTION_WITH_REASON = new RegExp(
  String.raw`(?<earlier>${FIGURE})[^\S\n]*[-,;(]+[^\S\n]*correction\b[^\S\n]*[,:]?[^.\n]{0,80}?(?=(?<later>${FIGURE}))`,
  'g',
);

/**
 * A line opening with "EDIT:", "Correction:" or "Erratum:" that owns up to an error ("sorry", "mixed", "wrong",
 * "mistake", "typo", "meant"): its first figure corrects the last figure of the same kind above it.
 */
const EDIT_LINE =
  /^[^\S\n]*(?:edit(?:ed)?|correction|erratum|update)[^\S\n]*:[^\n]*\b(?:sorry|mixed|wrong|mistake|typo|meant|confused)\b[^\n]*$/gm;

/** "Tom asked whether we can stretch to $350M. The IC's answer: no": the figure asked about, when the answer is no. */
const ASKED_AND_REFUSED = new RegExp(
  String.raw`\b(?:asked|wondered|asks|wonders)[^\S\n]+(?:whether|if)\b[^.?\n]{0,80}?${FIGURE}(?=[^.?\n]{0,40}[.?][^\S\n]*(?:[a-z' ]{0,30}\banswer(?:[^\S\n]+(?:is|was))?[^\S\n]*:?[^\S\n]*)?no\b)`,
  'g',
);

/**
 * "$2.0bn? No.", "$500M? No - $400M": a figure put as a question and answered no, found from each "? no" followed by
 * a stop or a dash ("no problem" refuses nothing).
 */
function questionedFigureSpans(lower: string): Span[] {
  const spans: Span[] = [];
  for (let mark = lower.indexOf('?'); mark !== -1; mark = lower.indexOf('?', mark + 1)) {
    const after = lower.slice(mark + 1, mark + 8).replace(/^[^\S\n]+/, '');
    if (!after.startsWith('no') || !'.,!;-'.includes(after.slice(2).trimStart()[0] ?? ' ')) continue;
    const start = Math.max(0, mark - 40);
    const figure = figuresIn(lower.slice(start, mark)).find((found) => start + found.index + found[0].length === mark);
    if (figure !== undefined) spans.push({ start: start + figure.index, end: mark + 1 });
  }
  return spans;
}

/** Words after "no" that refuse an amount as too much or too little, not the scope asked with it. */
const AMOUNT_REFUSED =
  /^[\s,.;:!-]*(?:too\s+(?:rich|high|much|big|ambitious|aggressive|steep|large|low|small|little)|not\s+(?:enough|quite))\b/;

/**
 * True when a figure asked about and answered no (`match`, from the figure to the refusal, group `figure`) has the
 * refusal fall on the scope asked with it rather than on the figure: a list's "only" ("$100M, Georgia only? No"), or
 * where the money comes from ("Need $125M from labs and data centers? no, too critical"), unless the refusal says the
 * amount is too much or too little.
 */
export function refusesScope(lower: string, match: RegExpExecArray): boolean {
  if (/only\?/.test(match[0])) return true;
  const asked = match[0].slice((match.groups?.['figure'] ?? '').length, match[0].indexOf('?'));
  return (
    /^[^\S\n]+(?:from|in|out\s+of|across)\s/.test(asked) &&
    !AMOUNT_REFUSED.test(lower.slice(match.index + match[0].length, match.index + match[0].length + 30))
  );
}

/**
 * "Initial thought was $650M", "the original ask was $90M", "our first number ($300M)": a first figure,, replaced when a figure of its kind follows.
 */
const FIRST_FIGURE = new RegExp(
  String.raw`\b(?:initial|first|original|early|earlier)[^\S\n]+(?:thought|idea|number|figure|ask|plan|view|estimate|guess)(?:[^\S\n]+(?:was|had[^\S\n]+been)[^\S\n]+|[^\S\n]*\([^\S\n]*)(?:(?:about|around|ca\.?)[^\S\n]+)?(?<earlier>${FIGURE})`,
  'g',
);

/**
 * "A first draft had the floor at $100M", "the earlier version put the target at $140M": what an earlier draft said,
 * replaced (like a first figure) when a figure of its kind follows.
 */
const EARLIER_DRAFT_SAID = new RegExp(
  String.raw`\b(?:a|an|the|our)[^\S\n]+(?:first|earlier|initial|previous|prior|old|original)[^\S\n]+(?:draft|version|cut|pass)[^\S\n]+(?:had|put|set|showed|said)[^\S\n]+(?:(?:the|a|its)[^\S\n]+)?(?:(?:floor|target|ask|minimum|amount|raise)[^\S\n]+)?(?:(?:at|of|as)[^\S\n]+)?(?<earlier>${FIGURE})`,
  'g',
);

/** "(draft 2 said $420,000,000)", "(the previous version had 3.25x)": an earlier draft's figure in brackets. */
const EARLIER_DRAFT = new RegExp(
  String.raw`\((?:the[^\S\n]+)?(?:(?:previous|prior|last|earlier|first|old)[^\S\n]+)?(?:draft|version|v|rev(?:ision)?)[^\S\n]*\d*[^\S\n]+(?:said|was|had|read|showed)[^\S\n]*:?[^\S\n]*${FIGURE}[^)\n]{0,30}\)`,
  'g',
);

/**
 * "(he had said $12M on Monday)", "(they originally asked for $150M)": a figure someone gave before, in brackets after
 * the one that holds now. Only a past said so ("had said", "originally", "earlier") is set aside: "(he said $12M is the
 * cap)" says what holds.
 */
const EARLIER_SAID = new RegExp(
  String.raw`\((?:he|she|they|we|i|you|the[^\S
]+[a-z]+)[^\S
]+(?:had|originally|first|initially|previously|earlier)[^\S
]+(?:said|asked[^\S
]+for|proposed|suggested|wanted|quoted|put[^\S
]+in)[^\S
]+(?:an?[^\S
]+|the[^\S
]+)?${FIGURE}[^)\n]{0,40}\)`,
  'g',
);

/** "$180 million rather than the $250 million in last week's deck": the figure set aside, with its "rather than". */
const RATHER_THAN = new RegExp(
  String.raw`\brather[^\S\n]+than[^\S\n]+(?:the|our|their)?[^\S\n]*${FIGURE}(?:[^\S\n]+(?:in|from|of)[^\S\n]+(?:the|our|their|last|yesterday's|this)\b[^.,;:\n]{0,40})?`,
  'g',
);

/**
 * "$500M is what the consultants floated; I'd rather see $350M", "I know the last run was $200M; for this one use
 * $180M": a figure stated, then in the next clause the writer's own preference or the figure for this run, of the
 * same kind. The first figure is someone else's or an earlier run's, set aside by the one preferred. Figures that
 * bound each other ("$90M floor; I'd rather see $110M") are two settings, not one replacing the other.
 */
const PREFERRED_INSTEAD = new RegExp(
  String.raw`(?<earlier>${FIGURE})[^.!?\n]{0,60}?[;,:\u2014\u2013][^\S\n]*(?:but[^\S\n]+)?(?:(?:i|we)(?:'d|\u2019d|[^\S\n]+would)[^\S\n]+(?:rather|prefer|sooner)|for[^\S\n]+this[^\S\n]+(?:one|run|time|round|pass|deal|version)|this[^\S\n]+time)\b(?<between>[^.!?\n$\d]{0,30}?)(?=(?<later>${FIGURE}))`,
  'g',
);
/** Words that make either figure a bound of the other rather than its replacement. */
const BOUND_BETWEEN = /\b(?:floor|minimum|min|at\s+least|cap|max(?:imum)?|limit|ceiling|no\s+less|no\s+more)\b/;

/**
 * "a 27% tax rate, up from the 21% federal rate we used in the March deck", "3.25x, down from the 3.5x in last week's
 * model": the figure used before, said to be replaced by the one before it.
 */
const UP_FROM_USED = new RegExp(
  String.raw`\b(?:up|down)[^\S\n]+from[^\S\n]+(?:the|our)[^\S\n]+${FIGURE}(?:[^\S\n]+[a-z-]+){0,3}?[^\S\n]+(?:(?:we|i|they)[^\S\n]+(?:used|had|assumed|modell?ed|applied|showed|ran)|in[^\S\n]+(?:the|our|last)[^\S\n]+(?:[a-z'\u2019]+[^\S\n]+){0,2}?(?:deck|draft|model|memo|version|plan|budget))\b[^.;\n]{0,40}`,
  'g',
);

/**
 * A figure refused outright rather than replaced beside it: "$1.1bn is fantasy", "the $500M figure in the press was
 * wrong", "not interested in the $300M plan", "Option A ($200M) rejected". The figure (and the words refusing it) are
 * read as nothing; the ask is whatever the brief states instead.
 */
const REFUSED_OUTRIGHT = new RegExp(
  String.raw`\bnot[^\S\n]+(?:interested[^\S\n]+in|pursuing|going[^\S\n]+(?:with|for))[^\S\n]+(?:(?:the|a|an|that|this)[^\S\n]+)?${FIGURE}|${FIGURE}\)?(?:[^\S\n]+(?:figure|number|amount|plan|option|proposal|idea)\b[^.;!?\n\d$]{0,30}?)?[^\S\n]*(?:(?:is|was|'s|were|has[^\S\n]+been)[^\S\n]+)?(?:(?:a|pure|just|simply|plain)[^\S\n]+)?(?:fantasy|wrong|incorrect|unrealistic|a[^\S\n]+non-?starter|a[^\S\n]+pipe[^\S\n]+dream|out[^\S\n]+of[^\S\n]+the[^\S\n]+question|rejected|turned[^\S\n]+down|vetoed|ruled[^\S\n]+out)\b`,
  'g',
);

/**
 * A figure the brief says to ignore: "The buyer's counter at $92M for Joliet is just market talk - ignore it", "the
 * $300M in the press, disregard that". The figure and the words up to the instruction are read as nothing; the ask is
 * whatever the brief states instead.
 */
const IGNORED_FIGURE = new RegExp(
  String.raw`${FIGURE}(?<!\.)[^.;!?\n\d$]{0,60}?[^\S\n]*[-\u2013\u2014,;:][^\S\n]*(?:so[^\S\n]+|please[^\S\n]+|just[^\S\n]+)?(?:ignore|disregard)[^\S\n]+(?:it|that|this|them)\b`,
  'g',
);

/**
 * "CFO opened at $190M, CEO said $150M, agreed figure $170M": positions in a negotiation, then the figure agreed. The
 * words that settle it; the figures of its kind earlier in the sentence are the positions, read as nothing.
 */
const AGREED_FIGURE = new RegExp(
  String.raw`\b(?:(?:agreed|final)[^\S\n]+(?:figure|number|amount|target)|settled[^\S\n]+on|landed[^\S\n]+on)[^\S\n]*(?:(?:is|of|at)[^\S\n]+)?:?[^\S\n]*(?=(?<agreed>${FIGURE}))`,
  'g',
);

/** A bound's word: "minimum", "maximum", "at least", "at most", "min", "max". */
const BOUND_WORD = String.raw`(?:minimum|maximum|min|max|at[^\S\n]+least|at[^\S\n]+most)`;

/** "must be minimum... no, maximum 9 mio": a bound's word taken back and the word that replaces it. */
const BOUND_WORD_TAKEN_BACK = new RegExp(
  String.raw`\b${BOUND_WORD}\b[.\u2026]*[^\S\n]*[-,]?[^\S\n]*(?:no|sorry|i[^\S\n]+mean|i[^\S\n]+meant|or[^\S\n]+rather)[,:.]?[^\S\n]+(?=${BOUND_WORD}\b)`,
  'g',
);

/** The figures a sentence settles on after positions stated before: those positions, in the agreed figure's sentence. */
function negotiatedSpans(lower: string): Span[] {
  const spans: Span[] = [];
  for (const match of matchesIn(AGREED_FIGURE, lower)) {
    const kind = figureKind(match.groups?.['agreed'] ?? '');
    const before = lower.slice(0, match.index);
    let start = before.lastIndexOf('\n') + 1;
    for (const stop of before.matchAll(/[.!?;][^\S\n]/g)) start = Math.max(start, stop.index + 1);
    for (const figure of figuresIn(lower.slice(start, match.index))) {
      if (figureKind(figure[0]) === kind) spans.push({ start: start + figure.index, end: start + figure.index + figure[0].length });
    }
  }
  return spans;
}

/**
 * The spans to read as nothing for each figure a brief replaces in these forms: the figure replaced (and, where the
 * wording only sets it aside, the words doing so).
 */
export function replacedFigureSpans(lower: string): Span[] {
  const spans: Span[] = [];
  if (
    /fantasy|wrong|incorrect|unrealistic|starter|pipe dream|question|rejected|turned down|vetoed|ruled out|interested|pursuing|going/.test(
      lower,
    )
  ) {
    for (const match of matchesIn(REFUSED_OUTRIGHT, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (/ignore|disregard/.test(lower)) {
    for (const match of matchesIn(IGNORED_FIGURE, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (/agreed|final|settled|landed/.test(lower)) spans.push(...negotiatedSpans(lower));
  // The cheap test first: every form needs one of these words.
  if (
    !/correction|edit|erratum|update|asked|asks|wonder|had (?:said|proposed|suggested|wanted|quoted|put)|previously|\?|initial|first|original|earl|draft|version|rev|rather|prefer|sooner|this (?:one|run|time|round|pass|deal)|minimum|maximum|min|max|at least|at most|up from|down from/.test(
      lower,
    )
  )
    return spans;
  for (const match of matchesIn(CORRECTION_WITH_REASON, lower)) {
    if (figureKind(match.groups?.['earlier'] ?? '') !== figureKind(match.groups?.['later'] ?? '')) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (lower.includes('\n')) {
    for (const line of matchesIn(EDIT_LINE, lower)) {
      const later = figuresIn(line[0])[0];
      if (later === undefined) continue;
      // The last figure of the same kind above the edit line is the one it corrects.
      const above = figuresIn(lower.slice(0, line.index)).filter((figure) => figureKind(figure[0]) === figureKind(later[0]));
      const earlier = above[above.length - 1];
      if (earlier !== undefined) spans.push({ start: earlier.index, end: earlier.index + earlier[0].length });
    }
  }
  if (lower.includes('?')) spans.push(...questionedFigureSpans(lower));
  for (const pattern of [ASKED_AND_REFUSED, EARLIER_DRAFT, EARLIER_SAID, RATHER_THAN, BOUND_WORD_TAKEN_BACK, UP_FROM_USED]) {
    for (const match of matchesIn(pattern, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (/rather|prefer|sooner|this one|this run|this time|this round|this pass|this deal|this version/.test(lower)) {
    for (const match of matchesIn(PREFERRED_INSTEAD, lower)) {
      const groups = match.groups ?? {};
      if (figureKind(groups['earlier'] ?? '') !== figureKind(groups['later'] ?? '')) continue;
      const before = lower.slice(Math.max(0, match.index - 20), match.index);
      if (BOUND_BETWEEN.test(`${before} ${match[0]}`)) continue;
      // An amount alone is set aside: the words asking for the one preferred ("this time we need") still ask. A limit's
      // words up to the one preferred go with it, so that its name ("net leverage up to") names the new level.
      const money = figureKind(groups['earlier'] ?? '') === 'money';
      spans.push({ start: match.index, end: match.index + (money ? (groups['earlier'] ?? '').length : match[0].length) });
    }
  }
  for (const match of [...matchesIn(FIRST_FIGURE, lower), ...matchesIn(EARLIER_DRAFT_SAID, lower)]) {
    const earlier = match.groups?.['earlier'] ?? '';
    const end = match.index + match[0].length;
    // A first figure stands until a figure of its kind follows it.
    const after = figuresIn(lower.slice(end));
    if (after.some((figure) => figureKind(figure[0]) === figureKind(earlier))) spans.push({ start: match.index, end });
  }
  return spans;
}
