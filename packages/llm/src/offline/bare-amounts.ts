import { SHORT_ASK_BARE_FLOORS } from './short-ask-fallback-floors.js';
import { CHAT_FLOOR_ANSWERS } from './chat-floor-questions.js';
import { BARE_FLOOR_GONE_DOWN_TO } from './bare-floor-gone-down-to.js';
import {
  BARE_ALONE,
  BARE_OPENING_A_QUOTE,
  BARE_ASK,
  BARE_ASK_AND_FLOOR,
  BARE_ASK_AND_FLOOR_NAMED_AFTER,
  BARE_RANGE_ASKED,
  BARE_FLOOR,
  BARE_FLOOR_AND_ASK_IN_TURN,
  BARE_FLOOR_THAT_WORKS,
  isBareFloorSaid,
  namesLimit,
} from './bare-ask-and-floor-figures.js';
import {
  BARE_FLOOR_AFTER_SHORTFALL,
  BARE_FLOOR_IF_ONLY_REACHED,
  BARE_FLOOR_AS_FALLBACK,
  BARE_FLOOR_LINE_DRAWN,
  BARE_FLOOR_MOVED_NOW,
  BARE_FLOOR_NAMED_AFTER,
  BARE_FLOOR_SAID_AFTER,
  LABELLED_BARE_FLOOR,
  BARE_FLOOR_ANSWERED,
  BARE_FLOOR_ANYTHING_FROM_UP,
  BARE_FLOOR_LINE_NAMED_MIN,
} from './bare-floor-wording.js';
import type { BriefText } from './brief-text.js';
import type { FoundAmount } from './read-amounts.js';
import { SPOKEN_HUNDREDS, spokenHundredsValue, wordNumberValue } from './written-numbers.js';

/** Words that are a spoken figure of hundreds and tens, whole: "one-fifty". */
const SPOKEN_HUNDREDS_WHOLE = new RegExp(`^${SPOKEN_HUNDREDS}$`);

/** A bare figure's value: a numeral, hundreds and tens spoken ("one-eighty") or a number in words ("sixty-five"). */
function bareFigureValue(figure: string): number {
  if (/^\d/.test(figure)) return Number(figure);
  return SPOKEN_HUNDREDS_WHOLE.test(figure) ? spokenHundredsValue(figure) : wordNumberValue(figure);
}

/** Whether an amount read is a bare figure labelled on its own line ("Target: 145", "target usd m: 145"). */
function isLabelledBareFigure(lower: string, found: FoundAmount): boolean {
  const lineStart = lower.lastIndexOf('\n', found.start - 1) + 1;
  const lineEnd = lower.indexOf('\n', found.end);
  const line = lower.slice(lineStart, lineEnd === -1 ? lower.length : lineEnd);
  return /^[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?:target|ask|amount|size|goal)[a-z_$() ]{0,20}[:=][^\S\n]*\d{2,4}(?:\.\d+)?[^\S\n]*$/.test(line);
}

/**
 * The ask and floor written as bare figures, without a currency mark or scale, read by `readAmounts` once the
 * amounts written as money are read: a bare floor below the ask, a bare ask and floor side by side, and a bare ask.
 */

/** The answer of a floor question matched with its question: the figure alone, which ends the match. */
function answerOnly(match: RegExpExecArray): RegExpExecArray {
  const figure = match.groups?.['figure'] ?? '';
  const answer = Object.assign([figure], {
    index: match.index + match[0].length - figure.length,
    groups: match.groups,
    input: match.input,
  });
  return answer as unknown as RegExpExecArray;
}

/**
 * The floor written as a bare figure after "floor" or another floor word when the ask is in millions: it is in the ask's millions, and
 * only below the ask is it a floor at all.
 */
export function readBareFloor(text: BriefText, targets: readonly FoundAmount[], floors: FoundAmount[]): void {
  // With more than one amount read as the ask ("we need $55M, ideally $65M"), a bare floor after them all is in their
  // millions and must be below the least of them.
  if (targets.length === 0 || !targets.every((found) => found.value >= 1e6 && found.value < 1e10)) return;
  const target = {
    value: Math.min(...targets.map((found) => found.value)),
    end: Math.max(...targets.map((found) => found.end)),
  };
  const bareFloors = [
    BARE_FLOOR,
    BARE_FLOOR_NAMED_AFTER,
    BARE_FLOOR_SAID_AFTER,
    BARE_FLOOR_AS_FALLBACK,
    BARE_FLOOR_AFTER_SHORTFALL,
    // "If we can only get to 140, that's fine": a figure only reached, then said to be fine.
    BARE_FLOOR_IF_ONLY_REACHED,
    BARE_FLOOR_LINE_DRAWN,
    // "The floor was one hundred and fifty, now it's one hundred and sixty": where the floor stands now.
    BARE_FLOOR_MOVED_NOW,
    BARE_FLOOR_ANSWERED,
    ...SHORT_ASK_BARE_FLOORS,
    ...CHAT_FLOOR_ANSWERS,
    // "70m, can go to 60 if needed", "80m, could live with 70 at a stretch": the ask let go down to a bare figure.
    BARE_FLOOR_GONE_DOWN_TO,
    // "We need $160M, but 145 works": a figure that still works below the ask.
    BARE_FLOOR_THAT_WORKS,
    // "85 mil, though anything from 70 up works": the least of the amounts found fine.
    BARE_FLOOR_ANYTHING_FROM_UP,
    // "Ana: 205 target" then "Ana: 180 min": a line of only a figure named the minimum.
    BARE_FLOOR_LINE_NAMED_MIN,
    // "Target: 145" then "Floor: 120": a labelled bare floor only under an ask that was a labelled bare figure too.
    ...(targets.some((found) => isLabelledBareFigure(text.lower, found)) ? [LABELLED_BARE_FLOOR] : []),
  ].flatMap((pattern) =>
    text.freeMatches(pattern).map((match) => ({ match, answered: pattern === BARE_FLOOR_ANSWERED, worded: pattern === BARE_FLOOR })),
  );
  for (const { match: whole, answered, worded } of bareFloors) {
    const end = whole.index + whole[0].length;
    // A figure answering a question about the floor is the floor wherever the ask is agreed, even on a later line
    // ("floor?" / "80 if we have to trim" / "ok $98M") or on the question's own line ("$180M ok. floor?" / "150"):
    // only its answer, which ends the match, is looked at. Other bare floors are read only after the ask.
    const match = answered ? answerOnly(whole) : whole;
    if ((match.index < target.end && !answered) || !text.isFree(match.index, end)) continue;
    if (!isBareFloorSaid(match, text.lower.slice(text.clauseAround(match.index).start, match.index), text.lower.slice(end))) continue;
    const groups = match.groups ?? {};
    const millions =
      groups['hundreds'] === undefined
        ? /^\d/.test(groups['figure'] ?? '')
          ? Number(groups['figure'])
          : wordNumberValue(groups['figure'] ?? '')
        : wordNumberValue(groups['hundreds']) * 100 + wordNumberValue(groups['tens'] ?? '');
    const value = Math.round(millions * 1e6);
    // "smallest overshoot over $105M" then "no less than 105 obviously": a floor word may set the floor at the ask itself.
    if (!(value >= 1e6 && (value < target.value || (worded && value === target.value)))) continue;
    floors.push({ value, start: match.index, end });
    text.claim(match.index, end);
    return;
  }
}

/**
 * Reads a bare range asked for (`BARE_RANGE_ASKED`: "raise 160-180") into `targets` and `floors`, in millions, when the
 * low end is ten or more and below the high end, neither is a year, and the clause names no limit. True when it read one.
 */
function readBareRangeAsked(text: BriefText, targets: FoundAmount[], floors: FoundAmount[]): boolean {
  for (const match of text.freeMatches(BARE_RANGE_ASKED)) {
    const end = match.index + match[0].length;
    const floorFigure = match.groups?.['floor'] ?? '';
    const askFigure = match.groups?.['ask'] ?? '';
    const floor = Number(floorFigure);
    const ask = Number(askFigure);
    if (!text.isFree(match.index, end) || !(floor >= 10 && floor < ask) || /^(?:19|20)\d\d$/.test(askFigure)) continue;
    if (namesLimit(text.lower.slice(text.clauseAround(match.index).start, match.index))) continue;
    const askStart = end - askFigure.length;
    const floorStart = match.index + match[0].lastIndexOf(floorFigure, askStart - match.index - 1);
    targets.push({ value: ask * 1e6, start: askStart, end });
    floors.push({ value: floor * 1e6, start: floorStart, end: floorStart + floorFigure.length });
    text.claim(match.index, end);
    return true;
  }
  return false;
}

/**
 * A bare ask and a bare floor side by side in a brief with no other money ("can you do 130 but min 115"): both in
 * millions, when the floor is below the ask, neither is a year, and the clause names no limit they could bound.
 */
export function readBareAskAndFloor(text: BriefText, targets: FoundAmount[], floors: FoundAmount[]): void {
  // "raise 160-180": a bare range asked for, its low end the floor.
  if (readBareRangeAsked(text, targets, floors)) return;
  // Cheap guard: every pair names its floor ("min", "floor") or says what would be taken ("take", "accept", "live with").
  const floorNamed = /\b(?:min|floor)/.test(text.lower);
  if (!floorNamed && !/\b(?:take|accept|live|settle)\b/.test(text.lower)) return;
  const patterns = floorNamed
    ? [BARE_ASK_AND_FLOOR, BARE_ASK_AND_FLOOR_NAMED_AFTER, ...BARE_FLOOR_AND_ASK_IN_TURN]
    : BARE_FLOOR_AND_ASK_IN_TURN;
  for (const match of patterns.flatMap((pattern) => text.freeMatches(pattern))) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const ask = Number(match.groups?.['ask']);
    const floor = Number(match.groups?.['floor']);
    if (!(floor >= 10 && floor < ask) || /^(?:19|20)\d\d$/.test(match.groups?.['ask'] ?? '')) continue;
    if (namesLimit(text.lower.slice(text.clauseAround(match.index).start, match.index))) continue;
    // Each figure where it stands: "aim for 280, 250 minimum" names the ask first, "170 min, 185 ideal" the floor.
    const askStart = match.index + match[0].indexOf(match.groups?.['ask'] ?? '', match[0].search(/\d/));
    const floorStart = match.index + match[0].lastIndexOf(match.groups?.['floor'] ?? '');
    targets.push({ value: ask * 1e6, start: askStart, end: askStart + (match.groups?.['ask'] ?? '').length });
    floors.push({ value: floor * 1e6, start: floorStart, end: floorStart + (match.groups?.['floor'] ?? '').length });
    text.claim(match.index, end);
    return;
  }
}

/**
 * The ask written as a bare figure when no amount was read as money (`BARE_ASK`): the first asked for or settled,
 * ten or more and no year, in millions, unless its clause names a limit it could be the level of.
 */
/**
 * Words after a figure to raise, do or run that keep it the ask: how the set is chosen ("with the lowest NPV cost"), the
 * floor in brackets ("(floor 150)") or the markets it is drawn from, closed as only those ("out of Houston and Dallas
 * only?"), or what is left out ("w/o selling anything mortgaged", "w/ no mortgaged stuff").
 */
const RAISED_FIGURE_GOES_ON =
  /^[^\S\n]*(?:with[^\S\n]+(?:the[^\S\n]+)?(?:lowest|least|smallest|cheapest|tightest|minimum|best)\b|\([^\S\n]*(?:floor|min)|out[^\S\n]+of[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?(?:[^\S\n]+(?:and|or|&)[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?)?[^\S\n]+only\b|w\/o\b|w\/[^\S\n]*no\b|without\b)/;

/**
 * A request to the reader just before a figure to run or do: "Can you run 200?", "could someone run 60 w/ ...". Asked
 * of whoever runs the numbers it is the ask, question mark and all; "Could we do 500?" asks whether it can be done.
 */
const RUN_REQUESTED_BEFORE =
  /\b(?:can|could|would)[^\S\n]+(?:you|u|someone|somebody|anyone)[^\S\n]+(?:(?:pls|please|quickly|just)[^\S\n]+)?$/;

/**
 * A figure needed that goes on to what it is for or to the next thing said: "need ~140 for the expansion", "we need
 * around 230 and the lenders say ...". Group `figure`; the words after it must name no limit ("need 15 for the term").
 */
const NEEDED_FIGURE_GOES_ON =
  /\b(?:need|needs|want|wants)[^\S\n]+(?:(?:like|about|around|roughly|maybe|approx\.?|approximately)[^\S\n]+|~[^\S\n]*)?(?<figure>\d{2,4})(?=[^\S\n]+(?<after>and[^\S\n]+(?:the|our|we|i|they)\b|for[^\S\n]+(?:the|our|an?)[^\S\n]+[a-z]+(?:[^\S\n]+[a-z]+)?))/g;

export function readBareAsk(text: BriefText, targets: FoundAmount[]): void {
  for (const match of text.freeMatches(BARE_ASK)) {
    const groups = match.groups ?? {};
    if (groups['cue'] === undefined && groups['settled'] === undefined) continue;
    const figure = groups['figure'] ?? '';
    const start = match.index + match[0].length - figure.length;
    const end = match.index + match[0].length;
    // "Raise 85.", "do 140, cheapest": a figure to raise or do is the ask only where its sentence or item closes on it;
    // "Raise 120 from the Dallas offices" goes on to something else, "Could we do 500?" is a question, and a message of
    // only "Raise 150" may be a count of anything.
    // A checklist's item that closes on the figure ("- Raise 81" on its own line) is closed by its line's end.
    if (
      /^(?:raise|raising|do|run)$/.test(groups['cue'] ?? '') &&
      !/^[^\S\n]*(?:[.,;!]|by\s)/.test(text.lower.slice(end, end + 4)) &&
      // "Can you run 200?": a figure asked of whoever runs the numbers is the ask, question and all.
      !(
        /^[^\S\n]*\?/.test(text.lower.slice(end, end + 4)) &&
        RUN_REQUESTED_BEFORE.test(text.lower.slice(Math.max(0, match.index - 40), match.index))
      ) &&
      // "Raise 150 with the lowest cost", "do 65 out of Houston only?", "Raise 175 (floor 150)": the figure goes on to how
      // the set is chosen, where it is drawn from, or its floor, all words of the ask.
      !RAISED_FIGURE_GOES_ON.test(text.lower.slice(end, end + 60)) &&
      !(
        /^[^\S\n]*\n/.test(text.lower.slice(end, end + 4)) &&
        /(?:^|\n)[^\S\n]*[-*\u2022][^\S\n]*$/.test(text.lower.slice(Math.max(0, match.index - 8), match.index))
      )
    )
      continue;
    const value = bareFigureValue(figure);
    if (!text.isFree(match.index, end) || !(value >= 10) || /^(?:19|20)\d\d$/.test(figure)) continue;
    if (namesLimit(text.lower.slice(text.clauseAround(start).start, start))) continue;
    targets.push({ value: value * 1e6, start, end });
    text.claim(match.index, end);
    return;
  }
  for (const match of text.freeMatches(NEEDED_FIGURE_GOES_ON)) {
    const figure = match.groups?.['figure'] ?? '';
    const end = match.index + match[0].length;
    const start = end - figure.length;
    const value = Number(figure);
    if (!text.isFree(start, end) || !(value >= 10) || /^(?:19|20)\d\d$/.test(figure)) continue;
    if (namesLimit(match.groups?.['after'] ?? '') || namesLimit(text.lower.slice(text.clauseAround(start).start, start))) continue;
    targets.push({ value: value * 1e6, start, end });
    text.claim(match.index, end);
    return;
  }
  // "'90. no mortgages.'", then "Call notes: 'one seventy-five, nothing in California'": a figure alone, then one
  // opening a quoted note.
  for (const match of [...text.freeMatches(BARE_ALONE), ...text.freeMatches(BARE_OPENING_A_QUOTE)]) {
    const figure = match.groups?.['figure'] ?? '';
    const end = match.index + match[0].length;
    const start = end - figure.length;
    const value = bareFigureValue(figure);
    if (!text.isFree(start, end) || !(value >= 10 && value < 10_000) || /^(?:19|20)\d\d$/.test(figure)) continue;
    // A figure that is the whole brief ("150") is a number nobody asked for, not a sentence of a note: left unread.
    if (!/[a-z0-9]/.test(text.lower.slice(0, start) + text.lower.slice(end))) continue;
    // "Tax? CFO: Twenty-one.": the answer to a question on a limit is that limit's level.
    const question = text.lower.slice(Math.max(0, start - 80), start);
    const asked = question.lastIndexOf('?');
    if (
      asked !== -1 &&
      namesLimit(question.slice(Math.max(question.lastIndexOf('.', asked), question.lastIndexOf('\n', asked)) + 1, asked))
    )
      continue;
    targets.push({ value: value * 1e6, start, end });
    text.claim(start, end);
    return;
  }
}
