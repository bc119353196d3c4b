import { oneWordChatSpeakerOf } from './chat-speakers.js';
import type { TextEdit } from './restated-brief.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** A currency mark or code, or a money scale ending the figure. */
const MONEY_MARK_OR_SCALE_AT_END = new RegExp(String.raw`\$|usd|(?:${MILLION_SCALE}|${BILLION_SCALE})$`);

/**
 * Chat turns that only make sense read together, restated as the one line they amount to: a question naming a figure
 * without giving it, answered by another speaker with the figure alone ("Kim: whats the max new rent" then "Pat:
 * 9.5m" as "Kim: whats the max new rent: 9.5m"); a question proposing a figure answered with another, where the
 * speakers are written in lower case or the question is quoted ("> Term 15?" then "No, 10 years."); a speaker's own
 * correction of the figure on their last line ("Sam: target 80M" then "Sam: correction, $75M"); and a unit sent on
 * its own line after a bare figure ("Dee: we're doing 100" then "Dee: million obviously"). Capitalised speakers whose
 * answers replace a proposed figure are restated before, with the other pasted chat shapes.
 */

/** A figure with its unit: "$8m", "30%", "1.8x", "0.55", "105M", "13 years". */
const FIGURE = String.raw`(?:\$|usd[^\S\n]*)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[^\S\n]*(?:%|x\b|mm\b|mn\b|m\b|mil\b|million\b|bn\b|years?\b|yrs?\b|y\b))?`;

/** Every figure of a line, for the one a reply replaces. */
const FIGURES = new RegExp(`(?<![\\w.])${FIGURE}(?!\\.?\\d)`, 'gi');

/** A quote mark opening a line ("> Term 15?"), standing for a speaker; a doubled one (">>") is a quote of a quote. */
const QUOTE = /^>(?!>)/;

/** Labels that open a line without naming a speaker: an email's headers and a form's fields. */
const NOT_SPEAKERS =
  /^(?:from|to|cc|bcc|sent|date|subject|re|fw|fwd|note|notes|item|ticket|target|floor|amount|ask|term|tax|basis|types?|markets?|objective|strategy|summary|request|requester|restrictions?|status|action|agreed|decision|proposal|scenario|case|case|q|question)$/i;

/** Words opening a speaker's correction of their own figure: "correction, $75M", "sorry 18", "actually 3.5x", "wait no, 85". */
const CORRECTION = String.raw`(?:(?:wait|no)[^\S\n]*,?[^\S\n]*(?:no|wait)[^\S\n]*[,:;\u2013\u2014-]?[^\S\n]*|correction|sorry|actually|i[^\S\n]+mean|make[^\S\n]+(?:that|it)|typo|scratch[^\S\n]+that)[^\S\n]*[,:;\u2013\u2014-]?[^\S\n]*`;

/** An answer's opening words before its figure: "No, 10 years.", "use 2.2%", "yes 120", "go with 0.65". */
const ANSWER_OPENING = String.raw`(?:(?:no|yes|yep|ok|okay|use|say|go(?:[^\S\n]+with)?|make[^\S\n]+(?:that|it))[^\S\n]*[,:;.\u2013\u2014-]?[^\S\n]*)?`;

/**
 * What may follow an answer's figure: the end, punctuation, or a clause joined by "and", "but", "please" ("$88 million
 * and no more than 7 mil of rent"); a word that qualifies the figure ("3.4x today") makes it no answer.
 */
const AFTER_FIGURE = String.raw`(?!\.?\d)(?![^\S\n]*(?:-|\u2013|to\b)[^\S\n]*\$?\d)[^\S\n]*(?:$|[,;.!\u2013\u2014-][^\S\n]*(?<rest>.*)$|(?<words>(?:and|but|plus|then|please|pls|ok)\b.*)$)`;

const ANSWER = new RegExp(`^${ANSWER_OPENING}(?<figure>${FIGURE})${AFTER_FIGURE}`, 'i');
const CORRECTED = new RegExp(`^${CORRECTION}(?<figure>${FIGURE})${AFTER_FIGURE}`, 'i');

/** A unit sent alone after a bare figure: "million obviously", "million, sorry", "m", "in millions obv". */
const UNIT_LINE = /^(?:in[^\S\n]+)?(?<unit>millions?|mil|mm|m|bn|billions?)\b[^\S\n]*(?:[,;.!\u2013\u2014-][^\S\n]*)?(?<rest>.*)$/i;

/** Words that ask rather than state, opening a question written without its question mark ("and amt", "what basis"). */
const ASKING = /^(?:(?:and|so|ok|k)\b[,.]?[^\S\n]*)?(?:what|whats|what's|how|which|and\b)/i;

/**
 * Questions whose bare answers other readers take as they stand: the tax rate, the lease term and the floor ("tax?"
 * then "21", "what term are we assuming?" then "10 years", "Floor for the run?" then "$100M").
 */
// A score's floor ("any re-let floor?", "leaseability floor?") is no floor on the amount: its bare answer is restated.
const ANSWERED_ELSEWHERE =
  /\b(?:tax|term|leases?|leaseback|years?|(?<!(?:re-?let|re-?letting|lease?ability|score)[^\S\n]+)floor|minimum[^\S\n]+acceptable|walk[^\S\n-]*away)\b/i;

/** What a chat figure measures, by its unit: money, a percentage, a multiple, years, or a bare number. */
export function figureKind(figure: string): string {
  const lower = figure.toLowerCase().trim();
  if (lower.includes('%')) return 'percentage';
  if (/x$/.test(lower)) return 'multiple';
  if (/(?:years?|yrs?|y)$/.test(lower)) return 'years';
  return MONEY_MARK_OR_SCALE_AT_END.test(lower) ? 'money' : 'bare';
}

/** Whether a figure of kind `reply` may stand for one of kind `earlier`: the same kind, or a bare figure either way. */
function sameMeasure(earlier: string, reply: string): boolean {
  return earlier === reply || (earlier === 'bare' && reply === 'years') || (earlier === 'years' && reply === 'bare');
}

interface ChatLine {
  /** Where the line starts in the brief. */
  readonly start: number;
  readonly line: string;
  /** The speaker in lower case, ">" for a quoted line, empty for a line with neither. */
  readonly speaker: string;
  /** Where the message starts within the line, after the speaker. */
  readonly opening: number;
  readonly message: string;
}

/** A line of the brief with its speaker, in any case (chat-speakers.ts), or its quote mark. */
function chatLine(line: string, start: number): ChatLine {
  const indent = /^[^\S\n]*/.exec(line)?.[0].length ?? 0;
  const quoted = QUOTE.test(line.slice(indent));
  const { label, name } = quoted ? { label: 1, name: '>' } : oneWordChatSpeakerOf(line.slice(indent));
  const speaker = label === 0 || NOT_SPEAKERS.test(name) ? '' : name.toLowerCase();
  const after = indent + label;
  const opening = speaker === '' ? 0 : after + (/^[^\S\n]*/.exec(line.slice(after))?.[0].length ?? 0);
  return { start, line, speaker, opening, message: line.slice(opening).trim() };
}

/** Whether a message asks for a figure it does not give: a question mark, asking words, or a few words naming one. */
function asksForFigure(message: string): boolean {
  if (message === '' || FIGURES.test(message)) {
    FIGURES.lastIndex = 0;
    return false;
  }
  FIGURES.lastIndex = 0;
  if (message.endsWith('?')) return true;
  if (message.includes('?') || /[.!]$/.test(message)) return false;
  return ASKING.test(message) || message.split(/\s+/).length <= 3;
}

/** The last figure of `line` of the kind of `figure`, as its position in the line and its text, or null. */
function lastFigureLike(line: string, figure: string): { index: number; text: string } | null {
  const kind = figureKind(figure);
  const match = [...line.matchAll(FIGURES)].filter((found) => sameMeasure(figureKind(found[0]), kind)).pop();
  return match?.index === undefined ? null : { index: match.index, text: match[0].trim() };
}

/**
 * The edits restating chat answers, speakers' own corrections and units sent alone into the lines they complete;
 * none when the brief holds no chat. Edits are in the brief's positions and never overlap.
 */
export function chatAnswerRestatements(brief: string): TextEdit[] {
  if (!brief.includes(':') && !brief.includes('>')) return [];
  const edits: TextEdit[] = [];
  const lines: ChatLine[] = [];
  let start = 0;
  for (const line of brief.split('\n')) {
    if (line.trim() !== '') lines.push(chatLine(line, start));
    start += line.length + 1;
  }
  // Lines already edited, so that no two edits overlap.
  const edited = new Set<number>();
  // A message left empty takes its speaker with it, so that nothing reads the next line's name as a unit ("150\nB:").
  const replaceMessage = (at: ChatLine, text: string): void => {
    edits.push({ start: text === '' ? at.start : at.start + at.opening, end: at.start + at.line.length, text });
  };
  // A chat has a speaker on two lines at least; a form's labels ("Assets:", "Consideration:") each open one line.
  const counts = new Map<string, number>();
  for (const { speaker } of lines) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  if (![...counts].some(([speaker, count]) => speaker !== '' && count >= 2)) return [];
  lines.forEach((current, index) => {
    const previous = lines[index - 1];
    if (previous === undefined || previous.speaker === '' || edited.has(index - 1) || edited.has(index)) return;
    // A unit sent alone: the speaker's own last line ends in a bare figure ("we're doing 100" then "million").
    const unit = current.speaker === previous.speaker ? UNIT_LINE.exec(current.message)?.groups : undefined;
    if (unit !== undefined) {
      const bare = /(?<![\w.$])\d+(?:\.\d+)?(?=[^\S\n]*[?.!]?$)/.exec(previous.line);
      if (bare !== null) {
        const at = previous.start + bare.index + bare[0].length;
        edits.push({ start: at, end: at, text: ` ${(unit['unit'] ?? '').replace(/s$/i, '')}` });
        replaceMessage(current, unit['rest'] ?? '');
        edited.add(index - 1).add(index);
      }
      return;
    }
    // A speaker's own correction of the figure on their last line.
    const corrected = current.speaker === previous.speaker ? CORRECTED.exec(current.message)?.groups : undefined;
    // Another speaker's answer, or an unquoted answer under a quoted question.
    const answering =
      current.speaker !== previous.speaker && (current.speaker !== '' || previous.speaker === '>') && current.speaker !== '>';
    const answer = corrected ?? (answering ? ANSWER.exec(current.message)?.groups : undefined);
    if (answer === undefined) return;
    const figure = (answer['figure'] ?? '').trim();
    const rest = (answer['rest'] ?? answer['words'] ?? '').trim();
    if (corrected === undefined && asksForFigure(previous.message)) {
      // A question of a few words without a question mark ("rent cap") takes an answer that is the figure alone.
      const asking = previous.message.endsWith('?') || ASKING.test(previous.message);
      if (ANSWERED_ELSEWHERE.test(previous.message) || (!asking && answer['words'] !== undefined)) return;
      // The question gets the figure it asked for; the answer keeps what follows the figure. The same speaker's
      // correction on the next line ("Pat: $160M" then "Pat: correction, $150M") gives the figure instead.
      const next = lines[index + 1];
      const correction = next?.speaker === current.speaker ? CORRECTED.exec(next.message)?.groups : undefined;
      const correctedFigure = (correction?.['figure'] ?? '').trim();
      const takesCorrection = next !== undefined && correction !== undefined && figureKind(correctedFigure) === figureKind(figure);
      const question = previous.line.replace(/[^\S\n]*\?+[^\S\n]*$/, '').trimEnd();
      edits.push({
        start: previous.start,
        end: previous.start + previous.line.length,
        text: `${question}: ${takesCorrection ? correctedFigure : figure}`,
      });
      replaceMessage(current, rest);
      edited.add(index - 1).add(index);
      if (takesCorrection) {
        replaceMessage(next, (correction['rest'] ?? correction['words'] ?? '').trim());
        edited.add(index + 1);
      }
      return;
    }
    // A proposed figure answered with another: capitalised speakers' answers, with or without a role ("Tess (CFO):
    // $110M"), are restated with the other chat shapes.
    const capitalised = /^[A-Z]/.test(previous.line.slice(previous.line.search(/\S/))) && /^[A-Z]/.test(current.line.trim());
    if (corrected === undefined && (!previous.message.endsWith('?') || (capitalised && previous.speaker !== '>'))) return;
    const earlier = lastFigureLike(previous.line.slice(previous.opening), figure);
    if (earlier === null || earlier.text.toLowerCase() === figure.toLowerCase()) return;
    const at = previous.start + previous.opening + earlier.index;
    // A bare figure replaces only the number of one with a unit: "19 year leases" then "sorry 18" as "18 year leases".
    const number = /^[$\d.,]+|^usd[^\S\n]*[\d.,]+/i.exec(earlier.text)?.[0] ?? earlier.text;
    const replaced = figureKind(figure) === 'bare' ? number.replace(/[\d.,]+$/, figure) : figure;
    edits.push({ start: at, end: at + (figureKind(figure) === 'bare' ? number.length : earlier.text.length), text: replaced });
    replaceMessage(current, rest);
    edited.add(index - 1).add(index);
    // "<ana> target 95?" / "<raj> 95 yes" / "<raj> wait no, 85": the answer confirmed the figure asked about, so the
    // correction replaces it in the question too.
    const asked = lines[index - 2];
    if (corrected === undefined || asked === undefined || edited.has(index - 2) || asked.speaker === previous.speaker) return;
    const confirmed = lastFigureLike(asked.line.slice(asked.opening), figure);
    if (confirmed === null || confirmed.text.toLowerCase() !== earlier.text.toLowerCase()) return;
    const askedAt = asked.start + asked.opening + confirmed.index;
    edits.push({ start: askedAt, end: askedAt + (figureKind(figure) === 'bare' ? number.length : confirmed.text.length), text: replaced });
    edited.add(index - 2);
  });
  return edits.sort((a, b) => a.start - b.start);
}
