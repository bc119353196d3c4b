/**
 * Replies written under quoted lines, as in an email or chat thread: a line opening with "> " quotes an earlier
 * message, and the lines below it (up to the next quoted line) answer it. A reply may replace a quoted figure
 * ("> Market cap 50%?" answered "Lower it to 40%"), approve the quoted line as written ("> $120M" answered "OK."),
 * or widen a quoted exclusion ("> Exclude the Dallas HQ?" answered "Yes, and the Carrollton data center"). The spans
 * found here are read as nothing by every reader: the quote marks themselves (a quoted "> $120M" is no "more than
 * $120M"), a quoted figure a reply replaces, and a reply that only approves.
 */
import { CORRECTED_FIGURE } from './corrected-figure.js';
import { matchesIn } from './required-text.js';
import { quotedExclusionSpans } from './quoted-exclusion-replies.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** A unit that makes a figure money. */
const MONEY_UNIT = new RegExp(`^(?:${MILLION_SCALE}|${BILLION_SCALE}|b|k)$`);
/** A figure written in millions, with the currency after it or not. */
const MILLIONS_AT_END = new RegExp(String.raw`(?:${MILLION_SCALE})\s*(?:dollars|usd)?\s*$`);

type Span = { start: number; end: number };

/** A line of the brief: where it starts and ends (without its line break) and whether it is quoted. */
interface Line {
  readonly start: number;
  readonly end: number;
  /** Where the words start, after the quote marks ("> ", "> > ") of a quoted line. */
  readonly textStart: number;
  readonly quoted: boolean;
  /** Whether the line is quoted only as a chat question the next speaker answers (`CHAT_QUESTION`). */
  readonly asked: boolean;
}

/** A figure of a quoted line or of a reply: where it stands, what it measures and what it is a figure of. */
interface Figure {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  readonly value: number;
  readonly field: string | null;
}

/** A figure, or a share written as a fraction in words ("make it one third", "a quarter"). */
const FIGURE = new RegExp(
  String.raw`${CORRECTED_FIGURE}|(?<![a-z])(?:a|one|two|three)[\s-](?:third|quarter|fifth)s?(?![a-z])|(?<![\w.])0?\.\d+(?![\w.%])`,
  'g',
);

/** The value of a fraction in words. */
const FRACTIONS: Readonly<Record<string, number>> = { third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5 };
const COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

/** What a figure measures, by its mark and unit: money, a multiple, a share, years, a score or a bare number. */
function kindOf(written: string): string {
  const figure = written.trim();
  if (/^(?:a|one|two|three)[\s-](?:third|quarter|fifth)s?$/.test(figure)) return 'share';
  const unit = /[a-z%]*$/.exec(figure.replace(/\s+(?:dollars|usd)$/, ''))?.[0] ?? '';
  if (figure.includes('$') || figure.startsWith('usd') || MONEY_UNIT.test(unit)) return 'money';
  if (/^(?:x|times|turns)$/.test(unit)) return 'multiple';
  if (/^(?:%|percent)$/.test(unit) || /\bof\b/.test(figure)) return 'share';
  if (/^years?$/.test(unit)) return 'years';
  return /^0?\.\d+$/.test(figure) ? 'score' : 'number';
}

/** A figure's value in its own unit, scaled to dollars for money, so that "$120M" and "$120,000,000" are one figure. */
function figureValue(written: string, kind: string): number {
  const fraction = /^(a|one|two|three)[\s-](third|quarter|fifth)s?$/.exec(written.trim());
  if (fraction !== null) return (COUNTS[fraction[1] ?? ''] ?? 1) * (FRACTIONS[fraction[2] ?? ''] ?? 0);
  const number = Number.parseFloat((/\d[\d,]*(?:\.\d+)?|\.\d+/.exec(written)?.[0] ?? 'NaN').replace(/,/g, ''));
  if (kind === 'share') return number / 100;
  if (kind !== 'money') return number;
  if (/(?:bn|b|billion)\s*(?:dollars|usd)?\s*$/.test(written)) return number * 1e9;
  if (MILLIONS_AT_END.test(written)) return number * 1e6;
  return /k\s*$/.test(written) ? number * 1e3 : number;
}

/**
 * The words that say what a figure of each kind is a figure of, tried in order: the rent a company adds before a
 * floor before the target, lease-adjusted leverage and coverage before plain leverage.
 */
const FIELD_WORDS: Readonly<Record<string, readonly (readonly [string, RegExp])[]>> = {
  money: [
    ['rent', /\b(?:rent|add-on)/],
    ['floor', /\b(?:floor|minimum|min|at\s+least|no\s+less)\b/],
    // "raise it to $15M" raises the figure quoted, whatever it is; "raise $150M" is the ask.
    ['target', /\b(?:target|raise(?!d?\s+(?:it|that|this|them|to)\b)|proceeds|size|ask|amount|program(?:me)?|tranche)/],
  ],
  multiple: [
    ['lease_adjusted', /\b(?:lease[\s-]*adj|adjusted)/],
    ['coverage', /\b(?:fccr|coverage|fixed[\s-]+charge)/],
    ['net', /\b(?:net|leverage)\b/],
  ],
  share: [
    ['tax', /\btax/],
    ['escalator', /\b(?:escalat|bumps?\b|step|uplift)/],
    ['market', /\b(?:market|share|concentration|single|city|metro)/],
  ],
  score: [
    ['criticality', /\bcrit/],
    ['leaseability', /\bleaseab/],
  ],
  years: [['term', /\b(?:term|years?|lease)\b/]],
  // "floor 80" in a chat about "$100M": a bare number named a floor is an amount in the ask's millions.
  number: [
    ['term', /\b(?:term|years?|lease)\b/],
    ['floor', /\b(?:floor|minimum|min)\b/],
  ],
};

/** The field a figure of `kind` is of, by the words in `context`, or null when they name none. */
function fieldOf(kind: string, context: string): string | null {
  for (const [field, words] of FIELD_WORDS[kind] ?? []) if (words.test(context)) return field;
  return null;
}

/**
 * Whether a reply figure of kind `reply` can restate a quoted one of kind `quoted`: a bare number of a term is its
 * years, and one named a floor is the quoted floor's amount.
 */
function kindsMatch(quoted: Figure, reply: Figure): boolean {
  if (quoted.kind === reply.kind) return true;
  // "Floor to 170." under "> Proposed: $200M, floor $150M": a bare number restates an amount its words name alike.
  if (quoted.kind === 'money' && reply.kind === 'number') return reply.field !== null && reply.field === quoted.field;
  const years = (figure: Figure) => figure.kind === 'years' || (figure.kind === 'number' && figure.field === 'term');
  return years(quoted) && (years(reply) || reply.kind === 'number');
}

/**
 * Words that put a new figure in place of the quoted one, just before it: "lower it to", "raise to", "bump to",
 * "reduced to", "make it", "use", "switch to", "change to", "tighten to", "should be", "wants", "offered", "came back
 * at", "will accept", "let's do", "size it at", "rerun at", "bring it down to".
 */
const REPLACING_BEFORE =
  /\b(?:lower(?:ed)?|rais(?:e|ed)|bump(?:ed)?|reduc(?:e|ed)|cut|trim(?:med)?|tighten(?:ed)?|loosen(?:ed)?|increas(?:e|ed)|decreas(?:e|ed)|drop(?:ped)?|bring|brought|chang(?:e|ed)|switch(?:ed)?|mov(?:e|ed)|revis(?:e|ed)|amend(?:ed)?|upped|make\s+(?:it|that|this)|use|go\s+(?:with|to|for)|set\s+(?:it|this|that)|should\s+be|needs?\s+to\s+be|has\s+to\s+be|must\s+be|wants?|offered|came\s+back|accept|prefer|model|rerun|run\s+(?:it|this)|size\s+(?:it|this)|let(?:'s|\s+us)\s+(?:do|go|say|use|make)|instead|take\s+(?:it|that))\b[^.!?;\n\d$]{0,30}$/;
/** Words after a new figure that put it in place of the quoted one: "3.5x is the number", "$140M instead". */
const REPLACING_AFTER =
  /^[^\S\n]*(?:(?:max(?:imum)?|min(?:imum)?|cap)[^\S\n]+)?(?:(?:is|'s)[^\S\n]+(?:the|our|what)[^\S\n]+(?:number|figure|level|limit|cap|answer|ask)|instead)\b/;
/** Words that refuse a change rather than make it: "don't lower it to 40%", "not 3.5x". */
const REFUSING = /\b(?:not|don't|do\s+not|no\s+need|never|won't|wouldn't|can't|cannot)\b/;
/** Words that make a restated figure a fact of today rather than a new limit: "net leverage is 3.1x today". */
const TODAY = /\b(?:today|currently|current|at\s+present|actual|was|were|last|used\s+to)\b/;
/**
 * A reply that only approves what it answers: "OK.", "Fine.", "Agreed.", "Stays.", "Keep.", "Yes.", "No change."
 * The whole first sentence of the reply.
 */
const APPROVAL =
  /^[^\S\n]*(?:ok(?:ay)?|fine|agreed?|yes|yep|stays|keep(?:\s+(?:it|as\s+is))?|confirmed|correct|approved|good|no\s+change|unchanged|as\s+is|sounds\s+good|works(?:\s+for\s+(?:me|us))?|that\s+works)[^\S\n]*(?:[.!]|$)/;

/** Words of an instruction of its own, which the words between a quoted figure and its replacement must not hold. */
const OTHER_INSTRUCTIONS =
  /\b(?:exclud|includ|only|keep|leave|drop|skip|sell|mortgag|encumber|gaap|ifrs|exact|greedy|optimi|npv|cheapest|method)/;

/**
 * A chat reply's line: "  ↳ Dana: make it $110M" (the arrow outside Latin-1, so "¤" in the reading copy), its writer
 * named before a colon. The message it answers is the lines above, written first rather than quoted.
 */
const CHAT_REPLY_LINE = /^[^\S\n]*\u00a4[^\S\n]*[a-z][a-z.' -]{0,30}:/m;

/**
 * A chat question and the next speaker's answer, with no quote marks: "Ali: $100M with floor 80?" then "Bea: floor
 * 85.". The question's own sentence holds the figure. The line is read as quoted, and the lines after it as its reply. The group `asker` names the writer
 * of the question, whom the answer's writer must not be.
 */
const CHAT_QUESTION =
  /^[^\S\n]*(?<asker>[a-z][a-z.'-]{0,20})[^\S\n]*:(?:[^\n]*[.!;][^\S\n])?(?:[^\n.!?;]|\.\d)*\d(?:[^\n.!?;]|\.\d)*\?[^\S\n]*\n[^\S\n]*(?!\k<asker>[^\S\n]*:)[a-z][a-z.'-]{0,20}[^\S\n]*:/gm;

/**
 * The lines of `lower`, each marked quoted when it opens with one or more "> " marks; in a chat thread without quote
 * marks, the lines above the first reply marked "↳ Name:" are the message the replies answer, and read as quoted, as
 * is a speaker's question with a figure that the next speaker answers (`CHAT_QUESTION`).
 */
function linesOf(lower: string): Line[] {
  const lines: Line[] = [];
  const chatReply = /\n[^\S\n]*>/.test(`\n${lower}`) ? null : CHAT_REPLY_LINE.exec(lower);
  // Chat questions only where no line is quoted otherwise: the lines where a question with a figure is asked.
  const questions =
    chatReply === null && !/\n[^\S\n]*>/.test(`\n${lower}`) ? matchesIn(CHAT_QUESTION, lower).map((match) => match.index) : [];
  let start = 0;
  while (start <= lower.length) {
    const newline = lower.indexOf('\n', start);
    const end = newline === -1 ? lower.length : newline;
    let textStart = start;
    while (textStart < end && (lower[textStart] === ' ' || lower[textStart] === '\t')) textStart += 1;
    const asked = questions.some((at) => at >= start && at < end);
    const quoted = lower[textStart] === '>' || (chatReply !== null && end < chatReply.index) || asked;
    if (quoted)
      while (textStart < end && (lower[textStart] === '>' || lower[textStart] === ' ' || lower[textStart] === '\t')) textStart += 1;
    lines.push({ start, end, textStart, quoted, asked });
    start = end + 1;
  }
  return lines;
}

/** The piece of `text` around [start, end) up to a separator of its own kind: the segment that names a figure. */
function segmentAround(text: string, start: number, end: number, separators: RegExp): { start: number; end: number } {
  let from = start;
  while (from > 0 && !separators.test(text[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < text.length && !separators.test(text[to] ?? '')) to += 1;
  return { start: from, end: to };
}

/** Sentence and line ends: a full stop only when it is no decimal point. */
function sentenceEnd(text: string, index: number): boolean {
  const character = text[index] ?? '';
  if (character === '\n' || character === '!' || character === '?' || character === ';') return true;
  return character === '.' && !/\d/.test(text[index + 1] ?? '');
}

/** The figures of lower[start, end), each with the field the words of its own segment name. */
function figuresIn(lower: string, start: number, end: number, quoted: boolean): Figure[] {
  const text = lower.slice(start, end);
  return matchesIn(FIGURE, text).map((match) => {
    const written = match[0];
    const kind = kindOf(written);
    const at = match.index;
    // A quoted line is a list ("target $200M / floor $170M"): a figure is named within its own item. A reply is prose:
    // within its clause, by the words before the figure and a few after it.
    const segment = quoted
      ? segmentAround(text, at, at + written.length, /[/;,|\n]/)
      : segmentAround(text, at, at + written.length, /[,;:!?\n]/);
    const before = text.slice(segment.start, at);
    const after = text.slice(at + written.length, segment.end);
    // A reply's figure is named by its own sentence before it ("lower the cap to 40%") or the two words after it
    // ("3.5x net leverage"), not by the next instruction ("$150M instead and keep new rent under $12M").
    const following = /^(?:[^\S\n]+(?!and\b)[a-z][a-z-]*){0,2}/.exec(after)?.[0] ?? '';
    const context = quoted ? `${before} ${after}` : `${before.slice(before.lastIndexOf('. ') + 1)} ${following}`;
    // A quoted amount named by nothing ("> $120M") is the target, as a brief's lone amount is; a reply's may be anything.
    const field = fieldOf(kind, context) ?? (quoted && kind === 'money' ? 'target' : null);
    return { start: start + at, end: start + at + written.length, kind, value: figureValue(written, kind), field };
  });
}

/** The start of the sentence of the reply holding `index`. */
function sentenceStart(lower: string, from: number, index: number): number {
  let start = index;
  while (start > from && !sentenceEnd(lower, start - 1)) start -= 1;
  return start;
}

/** The end of the sentence holding `index`. */
function sentenceFinish(lower: string, index: number, to: number): number {
  let end = index;
  while (end < to && !sentenceEnd(lower, end)) end += 1;
  return end;
}

/** Whether a reply figure puts a new figure in place of a quoted one, by the words around it or by standing alone. */
function replaces(lower: string, reply: { start: number; end: number }, figure: Figure): boolean {
  const from = sentenceStart(lower, reply.start, figure.start);
  const before = lower.slice(from, figure.start);
  const after = lower.slice(figure.end, sentenceFinish(lower, figure.end, reply.end));
  if (REFUSING.test(before.slice(-20))) return false;
  if (REPLACING_BEFORE.test(before) || REPLACING_AFTER.test(after)) return true;
  // "18 years." under "> lease term 15?": a sentence that is the figure alone answers the quoted one.
  if (/^[^\S\n]*(?:[-*][^\S\n]*)?$/.test(before) && /^[^\S\n]*(?:years?|max(?:imum)?|min(?:imum)?)?[^\S\n]*$/.test(after)) return true;
  // "Target $190M, floor $170M." under "> target $200M / floor $170M", "Revised after the committee: target $180m": the
  // field named again with a new figure, at the start of its clause.
  const clause = before.slice(Math.max(before.lastIndexOf(':'), before.lastIndexOf(','), before.lastIndexOf(' - ')) + 1);
  return figure.field !== null && /^[^\S\n]*[a-z][a-z\s-]{1,30}?[^\S\n]*(?:=|<|>|of|at|is)?[^\S\n]*$/.test(clause) && !TODAY.test(after);
}

/** Whether two figures hold the same number. */
function sameValue(left: Figure, right: Figure): boolean {
  return Math.abs(left.value - right.value) <= 1e-9 * Math.max(1, Math.abs(right.value));
}

/**
 * The quoted figures each reply replaces: for each figure of the reply that puts a new one in place, the one quoted
 * figure of the same kind (and the same field, when both name one) that it replaces. When `strict`, a figure the reply
 * names replaces no quoted figure named by nothing.
 */
function replacedFigures(lower: string, quoted: Figure[], reply: { start: number; end: number }, strict: boolean): [Figure, Figure][] {
  const pairs: [Figure, Figure][] = [];
  const used = new Set<Figure>();
  const figures = figuresIn(lower, reply.start, reply.end, false);
  let previous: Figure | undefined;
  for (const figure of figures) {
    const open = quoted.filter(
      (earlier) =>
        !used.has(earlier) &&
        kindsMatch(earlier, figure) &&
        (earlier.field === figure.field || (figure.field === null ? true : earlier.field === null && !strict)),
    );
    // A quoted figure of the reply figure's own kind is meant before one it could only restate ("floor 85" under
    // "$100M with floor 80?" is the 80).
    const ownKind = open.filter((earlier) => earlier.kind === figure.kind);
    const candidates = ownKind.length > 0 ? ownKind : open;
    if (candidates.length === 0) continue;
    // One quoted figure the reply can mean, or several and one of them the field the reply names.
    const named = figure.field === null ? [] : candidates.filter((earlier) => earlier.field === figure.field);
    const earlier = candidates.length === 1 ? candidates[0] : named.length === 1 ? named[0] : undefined;
    if (earlier === undefined) continue;
    // The quoted figure said again is no new one: "Target $190M, floor $170M" under "> floor $170M".
    if (sameValue(earlier, figure)) continue;
    // "Switch to 12 years and 2.5%": a figure joined to a replacing one replaces too.
    const joined =
      previous !== undefined && /^[^\S\n]*(?:,|and|&|plus|\/)[^\S\n]*(?:and[^\S\n]+)?$/.test(lower.slice(previous.end, figure.start));
    if (!joined && !replaces(lower, reply, figure)) continue;
    used.add(earlier);
    // "Buyer now wants 25. Use 25 years.": the new figure is the one restated with the quoted figure's unit.
    const restated =
      figure.kind === earlier.kind
        ? undefined
        : figures.find((later) => later.start > figure.start && later.kind === earlier.kind && sameValue(later, figure));
    // "The amended one has 3.25x. Use 3.25x.": the new figure first said where the reply first says it.
    const first = figures.find((later) => later.start < figure.start && kindsMatch(earlier, later) && sameValue(later, figure));
    pairs.push([earlier, restated ?? first ?? figure]);
    previous = figure;
  }
  return pairs;
}

/**
 * Everything a thread of quoted lines and replies takes back: the quote marks, each quoted figure a reply replaces
 * (with the words between it and its replacement, when the reply names no field of its own, so that the quoted
 * line's words name the new figure: "> add-on rent ≤ [$15M / Too high. Make it] $12M"), a figure of the reply that
 * repeats the replaced one ("The 3.5x was from the old agreement"), and a reply that only approves.
 */
export function quotedReplySpans(lower: string): Span[] {
  const spans: Span[] = [];
  // The cheap test first: a thread needs a quote mark at the start of a line and a line after it.
  if (!(lower.startsWith('>') || /\n[^\S\n]*>/.test(lower) || CHAT_REPLY_LINE.test(lower) || /\?[^\S\n]*\n/.test(lower))) return spans;
  const lines = linesOf(lower);
  const quotedCount = lines.filter((line) => line.quoted).length;
  const nonEmpty = lines.filter((line) => line.end > line.textStart).length;
  // A single line "> $120M" is a comparison, not a quote: a thread has more than one line.
  if (quotedCount === 0 || nonEmpty < 2) return spans;
  // A quote mark before a figure would read as "more than" ("> $120M"); elsewhere it is left to mark the quoted line
  // for the readers that weigh a reply's own words above the quoted ones.
  for (const line of lines)
    if (line.quoted && lower.slice(line.start, line.textStart).includes('>') && /[\d$]/.test(lower[line.textStart] ?? ''))
      spans.push({ start: line.start, end: line.textStart });
  for (let index = 0; index < lines.length; ) {
    if (!lines[index]?.quoted) {
      index += 1;
      continue;
    }
    const block: Line[] = [];
    while (lines[index]?.quoted) block.push(lines[index++] as Line);
    const replyLines: Line[] = [];
    while (index < lines.length && !lines[index]?.quoted) replyLines.push(lines[index++] as Line);
    const firstReply = replyLines.find((line) => line.end > line.textStart);
    if (firstReply === undefined) continue;
    const reply = { start: firstReply.start, end: (replyLines[replyLines.length - 1] as Line).end };
    spans.push(...replySpans(lower, block, reply, firstReply));
  }
  return spans;
}

/** What one reply takes back of the quoted lines above it, and of itself. */
function replySpans(lower: string, block: readonly Line[], reply: Span, firstReply: Line): Span[] {
  const spans: Span[] = [];
  const approval = APPROVAL.exec(lower.slice(firstReply.start, firstReply.end));
  if (approval !== null) spans.push({ start: firstReply.start, end: firstReply.start + approval[0].length });
  const last = block[block.length - 1] as Line;
  spans.push(...quotedExclusionSpans(lower, { start: last.textStart, end: last.end }, reply));
  const quoted = block.flatMap((line) => figuresIn(lower, line.textStart, line.end, true));
  if (quoted.length === 0) return spans;
  // A chat question's figure named by nothing is replaced by none its answer names: "175, floor 150" under "Amount 175?"
  // moves no amount.
  const strict = block.every((line) => line.asked);
  for (const [earlier, later] of replacedFigures(lower, quoted, reply, strict)) {
    // "> lease term 15 yrs" under "make it 12 years": the years' short unit goes with the figure it follows, so that
    // the quoted words name the new figure ("lease term [15 yrs / make it] 12 years").
    const unit = /^[^\S\n]*(?:yrs?|y)(?![a-z])/.exec(lower.slice(earlier.end))?.[0] ?? '';
    spans.push({ start: earlier.start, end: earlier.end + unit.length });
    // The replaced figure named again in the reply is the old one too.
    for (const again of figuresIn(lower, reply.start, reply.end, false)) {
      if (again.start < later.start && again.kind === earlier.kind && again.value === earlier.value)
        spans.push({ start: again.start, end: again.end });
    }
    const rest = lower.slice(earlier.end + unit.length, last.end);
    const gap = lower.slice(reply.start, later.start);
    // Joined only when nothing of substance lies between: the quoted figure ends the quote (no "exclude Phoenix" after
    // it, which the reply leaves standing), the reply names no field
    // of its own and holds no other figure before the new one, on its first line.
    // The quoted line's name ends before a question whether the figure holds ("> Is the $12M rent cap still right?"):
    // "still right" asks, and names nothing.
    const named =
      /^(?:[^\S\n]+(?!(?:still|right|correct|ok|okay|good|fine|valid|current|enough|the\s+number)\b)[a-z][a-z-]*){0,4}/.exec(rest)?.[0] ??
      '';
    // The field the gap names must be the quoted figure's own (an amount named by nothing is the target), so that
    // only a repeat of its name is lost: "> keep net leverage at or below [3.5x. / On leverage, they want] 3.25x".
    const gapField = fieldOf(later.kind, gap);
    const ownField = earlier.field;
    const joinable =
      earlier.end > last.start &&
      !/\d/.test(rest) &&
      !OTHER_INSTRUCTIONS.test(rest) &&
      !gap.includes('\n') &&
      figuresIn(lower, reply.start, later.start, false).every(
        (figure) => sameValue(figure, earlier) || (sameValue(figure, later) && figure.kind !== later.kind),
      ) &&
      gap.length <= 80 &&
      !OTHER_INSTRUCTIONS.test(gap) &&
      (gapField === null || gapField === ownField);
    if (joinable) spans.push({ start: earlier.end + unit.length + named.length, end: later.start });
  }
  return spans;
}
