import { PREFIX, SPOKEN_HUNDREDS_WHOLE, SUFFIX, amountCandidates } from './amount-candidates.js';
import { floorQuestionStart } from './answered-floor.js';
import { isLabelledAsk } from './mentioned-figures.js';
import {
  ASKED_BEFORE,
  CHANGED_FROM,
  OPTIONS_RANGING_FROM,
  FORMER_FIGURE_AFTER,
  CONTEXT_AFTER,
  CONTEXT_BEFORE,
  CONTEXT_WORDS,
  MILLIONS_NOTE,
  PAST_PROGRAM,
  PAST_SEASON_AFTER,
  SET_ASIDE,
  setAsideWordsFor,
  TAKEN_BEFORE,
  FINE_WITH_BEFORE,
  LOOKS_LIKE_AFTER,
  LOOKS_LIKE_BEFORE,
  TARGET_WORDS,
  backgroundWords,
  pointNamedInRange,
} from './amount-context-wording.js';
import { BARE_FLOOR } from './bare-ask-and-floor-figures.js';
import { isSaidByTheYear } from './amounts-said-by-the-year.js';
import { isCalledTheAskAfter } from './amount-called-the-ask-after-it.js';
import { isSignedOffOn } from './amount-signed-off-on.js';
import { isGivenInsteadOfAnother } from './ask-given-instead-of-another.js';
import { readRangeInSpokenHundreds } from './ranges-in-spoken-hundreds.js';
import { BUYER_APPETITE_BEFORE, isBuyersBid, isBuyersOffer, isRejectedCounter } from './buyer-figures.js';
import { PAST_DEAL_BY_YEAR } from './dated-past-deals.js';
import type { BriefText } from './brief-text.js';
import { fallbackFloorCue, fallbackFollows } from './fallback-floor-wording.js';
import { stopShortFloorCue } from './stop-short-floor-cues.js';
import { shortAskFloorAfter, shortAskFloorBefore } from './short-ask-fallback-floors.js';
import { floorLabelBeforeReplacedFigure } from './floor-label-before-a-replaced-figure.js';
import { correctBareAskOnReply } from './bare-ask-corrected-on-a-reply.js';
import { isAskSaidAsATryOrAComfort } from './ask-said-as-a-try-or-a-comfort.js';
import { isCaseKeptForLater } from './ask-ranked-among-figures.js';
import { sentenceLead, stopBesideTheAsk } from './stop-beside-the-ask.js';
import { outOfReachFloorCue, STOP_POINT_AFTER } from './out-of-reach-floor-cues.js';
import { WALK_AWAY_AFTER, walkAwayFloorCue } from './walk-away-floor-cues.js';
import { floorSaidFineOnceReached } from './floor-said-fine-once-reached.js';
import { isPurposeOrCaseAsk } from './purpose-and-case-asks.js';
import { correctsTheFloor } from './corrected-floor-lines.js';
import { floorsAfterLaterRestatement } from './floor-restated-on-a-later-line.js';
import { isCalledTheNumber, isPresentAsk } from './present-ask-wording.js';
import { ONE_AS_PRONOUN_BEFORE } from './pronoun-one.js';
import { readAskAndFloorAnsweredAsAPair, readChatAskInShorthand } from './chat-ask-in-shorthand.js';
import { isJustEnoughAfter } from './least-then-just-enough.js';
import {
  CONTENT_WITH_AFTER,
  CHOSEN_AMONG_AFTER,
  CHOSEN_BY_OBJECTIVE_BEFORE,
  FLOOR_AFTER,
  FLOOR_BEFORE,
  LEAST_REACHED_BEFORE,
  SUFFICES_AFTER,
  floorCondition,
  quotedFloorKeyBefore,
} from './floor-wording.js';
import { BARE_MILLIONS_REPLACEMENT } from './superseded-figures.js';
import { readBareAsk, readBareAskAndFloor, readBareFloor } from './bare-amounts.js';
import { readBareChatAsk } from './bare-chat-asks.js';
import { isEarlierDealOrAskFigure } from './earlier-deal-and-ask-figures.js';
import { spokenBareReplacementStarts } from './spoken-bare-correction.js';
import { isPastOccasionFigure, withoutPastAsides } from './past-asides.js';
import {
  MONEY_SCALE,
  NUMERAL,
  scaleDecimal,
  WORD_NUMBER,
  WORD_SHARE,
  scaleValue,
  wordNumberValue,
  wordShareValue,
} from './written-numbers.js';
import { asWritten, decidedFirst } from './asks-in-decided-order.js';
import { isSuggestionBeforeOwnFigure } from './background-amount-wording.js';

/** A money amount found in a brief: its value in USD and where it was written. */
export interface FoundAmount {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** Every money amount written in a brief, re-exported where its readers have always found it. */
export { findAmounts } from './amount-candidates.js';

/** What the amount reader understood. */
export interface AmountReading {
  /** Amounts that read as the capital ask, in text order. */
  readonly targets: FoundAmount[];
  /** Amounts that read as the lowest acceptable ask ("at least $40M"), in text order. */
  readonly floors: FoundAmount[];
  /** A floor given as a share of the target ("no less than 80 % of that"). */
  readonly floorFractions: number[];
}

// "240 million dollars to $300m", "$72,000,000 to 85 million", "between $130M and about $155M": each end may carry its
// own marks.
const RANGE = new RegExp(
  String.raw`(?<![\w.$,])(?<between>between\s+)?(?<lowPrefix>${PREFIX})?(?<low>${NUMERAL}|${WORD_NUMBER})\s*(?<lowScale>${MONEY_SCALE})?(?<lowSuffix>${SUFFIX})?\s*(?<connector>-|to|and(?:\s+up\s+to)?|up\s+to)\s*(?:(?:about|around|roughly|approximately|circa)\s+)?(?<highPrefix>${PREFIX})?(?<high>${NUMERAL}|${WORD_NUMBER})\s*(?<highScale>${MONEY_SCALE})?(?![a-z0-9])(?<suffix>${SUFFIX})?`,
  'g',
);

const TARGET_AFTER = /^\s*(?:target|goal|ask)\b/;
/**
 * A floor as a share of the target, in figures or words, wherever the target is written: "no less than 80% of
 * that", "a floor equal to 90% of that figure", "Floor at 75% of a $160m target" (the amount after "of" is the
 * target and is left for the amount reader), "floor two-thirds of that", "What's the floor? A: 85% of the
 * headline". Only the words up to "of" and its article are claimed.
 */
const FLOOR_FRACTION = new RegExp(
  String.raw`(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|(?:minimum|floor)(?:\s+(?:of|at|is|equal\s+to|set\s+at|would\s+be|should\s+be))?(?:\s*\?\s*(?:a|answer)?\s*:)?|accept|settle\s+for|as\s+(?:little|low)\s+as|down\s+to)\s+(?:(?<percent>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)|(?<share>${WORD_SHARE}))\s+of\s+(?:the\s+|that\s+|this\s+|our\s+|an?\s+)?(?=(?:(?:us\$|usd|\$)\s*\d[\d.,]*\s*(?:${MONEY_SCALE})?\s+)?(?:target|ask|amount|goal|figure|headline|total|number|that|it)\b)`,
  'g',
);

/**
 * A label naming the ask and the floor together, their amounts after it in the same order: "Target / floor: $300M
 * / $180M", "| Target / acceptable minimum | $40M ideally, $36M acceptable |".
 */
const TARGET_AND_FLOOR_LABEL =
  /\b(?:target|ask|goal)(?:\s+proceeds)?\s*(?:\/|&|and)\s*(?:(?:acceptable|absolute)\s+)?(?:minimum|min\.?|floor|fall[-\s]?back|walk[-\s]?away)(?:\s+(?:proceeds|amount))?\s*:\s*/g;
/** The word after a labelled floor that says what it is: "$36M acceptable". */
/**
 * Words after an ask that make it its own floor too: "$90M, not a dollar less", "and not a penny under"; with a
 * figure of their own ("not a dollar under $80M") they name the floor instead.
 */
const NOT_A_DOLLAR_LESS =
  /^\s*[,;-]?\s*(?:and\s+)?not\s+(?:a|one)\s+(?:single\s+)?(?:dollar|penny|cent|pound)\s+(?:less|under|below|short)\b(?![^\S\n]*(?:than|of|usd|us\$|\$|\d))/;
const LABELLED_FLOOR_AFTER = /^\s*(?:acceptable|at\s+(?:a\s+)?minimum|minimum|floor)?/;

/** One end of a range, a numeral or a number in words, times its scale. */
function rangeEnd(written: string | undefined, scale: number): number {
  if (written === undefined) return Number.NaN;
  return /^\d/.test(written) ? scaleDecimal(written, scale) : wordNumberValue(written) * scale;
}

/** An indirect question before a floor's words: "asked whether", "wondered if". */
const ASKED_WHETHER = /\b(?:asked|asks|asking|wonder(?:s|ed|ing)?|queried|checked)\s+(?:(?:them|the\s+[a-z]+)\s+)?(?:whether|if)\b/;

/**
 * Where a bare number replaces an amount in millions ("Target $90M. Actually make that 120."), in the text before
 * the amount taken back is blanked: the bare number is in the millions of the amount it replaces.
 */
function bareReplacementStarts(source: string): Set<number> {
  const starts = new Set<number>();
  const lower = source.toLowerCase();
  if (lower.length !== source.length) return starts;
  for (const match of lower.matchAll(BARE_MILLIONS_REPLACEMENT)) {
    starts.add(match.index + match[0].length - (match.groups?.['bare'] ?? '').length);
  }
  for (const start of spokenBareReplacementStarts(lower)) starts.add(start);
  return starts;
}

/**
 * Reads the money in a brief and sorts it into the ask and the floor, claiming
 * what it understood. Ranges ("between $40M and $50M", "$40-50M") give a floor
 * and a target. An amount in a clause that talks about EBITDA, debt, rent and
 * the like without any word of raising money is background, not the ask: it is
 * left unclaimed so that it is reported rather than taken as the target.
 */
export function readAmounts(text: BriefText): AmountReading {
  const targets: FoundAmount[] = [];
  const floors: FoundAmount[] = [];
  const floorFractions: number[] = [];

  for (const match of text.freeMatches(FLOOR_FRACTION)) {
    const groups = match.groups ?? {};
    const fraction = groups['share'] === undefined ? Number(groups['percent']) / 100 : wordShareValue(groups['share']);
    if (!(fraction > 0 && fraction <= 1) || !text.isFree(match.index, match.index + match[0].length)) continue;
    floorFractions.push(fraction);
    text.claim(match.index, match.index + match[0].length);
  }

  const labelled = amountCandidates(text.lower);
  for (const label of text.freeMatches(TARGET_AND_FLOOR_LABEL)) {
    const labelEnd = label.index + label[0].length;
    const lineEnd = text.lower.indexOf('\n', labelEnd) === -1 ? text.lower.length : text.lower.indexOf('\n', labelEnd);
    const [target, floor] = labelled.filter(
      (candidate) =>
        candidate.isMoney && candidate.start >= labelEnd && candidate.end <= lineEnd && text.isFree(candidate.start, candidate.end),
    );
    if (target === undefined || floor === undefined || !(floor.value < target.value)) continue;
    targets.push(target);
    floors.push(floor);
    text.claim(label.index, floor.end + (LABELLED_FLOOR_AFTER.exec(text.lower.slice(floor.end))?.[0].length ?? 0));
  }

  // Read before the ranges, so that "between 80 and 100. Millions." is a range in the note's millions.
  let bareInMillions = false;
  for (const note of text.freeMatches(MILLIONS_NOTE)) {
    bareInMillions = true;
    text.claim(note.index, note.index + note[0].length);
  }
  for (const match of text.freeMatches(RANGE)) {
    const groups = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    if (!text.isFree(start, end)) continue;
    const connector = groups['connector'] ?? '';
    if (connector.startsWith('and') && groups['between'] === undefined) continue;
    // "Small one - twenty-five million": "one" is the request, not the low end of a range.
    if (groups['low'] === 'one' && ONE_AS_PRONOUN_BEFORE.test(text.lower.slice(Math.max(0, start - 20), start))) continue;
    // "one-fifty million": hundreds and tens spoken with a hyphen are one figure, 150 million, not 1 to 50 million.
    if (SPOKEN_HUNDREDS_WHOLE.test(match[0].replace(/(?:\s*(?:mm|mn|mil\w*|bil\w*|thousand|dollars|usd|[kmb]))+\s*$/, ''))) continue;
    // "↳ not $86M - $91M": a figure refused and its correction, read by the corrected lines, not a range.
    if (/\bnot[^\S\n]+$/.test(text.lower.slice(Math.max(0, start - 8), start))) continue;
    // "EBITDA went from $310M to $345M": a change over time, not a range of asks.
    if (connector === 'to' && CHANGED_FROM.test(text.lower.slice(Math.max(0, start - 30), start))) continue;
    // "presented options ranging from $60M to $200M": the choices before a decision, read as nothing.
    if (connector === 'to' && OPTIONS_RANGING_FROM.test(text.lower.slice(Math.max(0, start - 60), start))) {
      text.claim(start, end);
      continue;
    }
    // "anywhere from $100M up to $130M": "up to" joins a range only after "from"; alone ("$100M up to ...") the
    // second figure may be a cap of something else.
    if (connector.startsWith('up') && !/\bfrom\s+$/.test(text.lower.slice(Math.max(0, start - 8), start))) continue;
    // "quick one - 70 mm": a number in words next to a numeral is a range only after "between".
    const wordsAndNumeral = /^\d/.test(groups['low'] ?? '') !== /^\d/.test(groups['high'] ?? '');
    // "153mm to one hundred eighty million dollars": with a scale at both ends, it is a range whatever the spelling.
    const bothScaled = groups['lowScale'] !== undefined && groups['highScale'] !== undefined;
    if (wordsAndNumeral && groups['between'] === undefined && !bothScaled) continue;
    const highScaleWord = groups['highScale'];
    // "$32,000,000 to 40mm": a low end written out in full takes no scale from the high end.
    const lowWrittenOut = /^\d{1,3}(?:,\d{3}){2,}$|^\d{7,}$/.test(groups['low'] ?? '');
    const lowScaleWord = groups['lowScale'] ?? (lowWrittenOut ? undefined : highScaleWord);
    const marked =
      groups['lowPrefix'] !== undefined ||
      groups['highPrefix'] !== undefined ||
      groups['suffix'] !== undefined ||
      groups['lowSuffix'] !== undefined;
    // "between 80 and 100" in a brief whose note puts bare figures in millions: both ends are in millions.
    const noteScaled = highScaleWord === undefined && !marked && bareInMillions && groups['between'] !== undefined;
    if (highScaleWord === undefined && !marked && !noteScaled) continue;
    // "between ninety and one hundred million": either end may be written in words.
    const low = rangeEnd(groups['low'], noteScaled ? 1e6 : scaleValue(lowScaleWord));
    const high = rangeEnd(groups['high'], noteScaled ? 1e6 : scaleValue(highScaleWord));
    if (noteScaled && !(low >= 10e6)) continue;
    if (!(low > 0 && high > low)) continue;
    floors.push({ value: low, start, end });
    // "60-70m, call it 65": a point named in the range right after it is the ask.
    const point = pointNamedInRange(text.lower.slice(end), low, high, noteScaled ? 1e6 : scaleValue(highScaleWord));
    targets.push({ value: point?.value ?? high, start, end });
    text.claim(start, end + (point?.length ?? 0));
  }

  // "between one twenty-five and one fifty, in millions": a range said in spoken hundreds.
  readRangeInSpokenHundreds(text, targets, floors, bareInMillions);

  // "a hard floor of one-twenty": the figure spoken as hundreds and tens is the bare floor's, never "one" on its own.
  const spokenFloors = text.freeMatches(BARE_FLOOR).filter((match) => match.groups?.['hundreds'] !== undefined);
  for (const candidate of amountCandidates(text.lower, bareInMillions, bareReplacementStarts(text.source))) {
    if (!candidate.isMoney || !text.isFree(candidate.start, candidate.end)) continue;
    // "CFO: Eleven million a year ceiling.": a yearly amount is a flow such as rent, never the ask nor its floor.
    if (isSaidByTheYear(text.lower, candidate.end)) continue;
    if (spokenFloors.some((match) => candidate.start >= match.index && candidate.start < match.index + match[0].length)) continue;
    // "Minimum acceptable?" then "$80M": the answer to a floor question, whatever the line after says.
    const question = floorQuestionStart(text.lower, candidate.start);
    if (question !== null) {
      floors.push(candidate);
      text.claim(question, candidate.end);
      continue;
    }
    const clause = text.clauseWithLabel(candidate.start);
    const before = text.lower.slice(clause.start, candidate.start);
    const after = text.lower.slice(candidate.end, clause.end);
    // "Ideally we'd take $130M": what would be taken ideally is the ask, not the floor (but "ideally $90M, could live
    // with $70M" still has a floor after the ideal).
    const ideally = /\b(?:ideally|ideal\s+world|best\s+case)\b[^\d$]*$/.test(before);
    const floorBefore = ideally
      ? null
      : (FLOOR_BEFORE.exec(before) ??
        floorCondition(before, after) ??
        fallbackFloorCue(text.lower, clause.start, candidate.start) ??
        shortAskFloorBefore(text.lower, clause.start, candidate, targets) ??
        floorLabelBeforeReplacedFigure(text.lower, clause.start, candidate.start) ??
        quotedFloorKeyBefore(text.lower, clause.start, candidate.start) ??
        stopShortFloorCue(text.lower, clause.start, candidate.start, candidate.end) ??
        outOfReachFloorCue(text.lower, clause.start, candidate.start, candidate.end) ??
        walkAwayFloorCue(text.lower, clause.start, candidate.start, candidate.end) ??
        // "if we only get $85M, that's fine too": a figure only reached, judged fine after the comma.
        (targets.some((target) => target.value > candidate.value) ? floorSaidFineOnceReached(before, text.lower, candidate.end) : null) ??
        // "floor $140M" above "↳ not $140M - make it $150M": the later line corrects the floor.
        (correctsTheFloor(asWritten(text), candidate.start) ? /$/.exec(before) : null) ??
        (targets.length > 0 ? TAKEN_BEFORE.exec(before) : null) ??
        (targets.some((target) => target.value > candidate.value)
          ? (FINE_WITH_BEFORE.exec(before) ?? stopBesideTheAsk(before, after, sentenceLead(text.lower, candidate.start)))
          : null));
    const floorAfter =
      FLOOR_AFTER.exec(after) ??
      (targets.length > 0 ? (SUFFICES_AFTER.exec(after) ?? STOP_POINT_AFTER.exec(after) ?? WALK_AWAY_AFTER.exec(after)) : null) ??
      (targets.some((target) => target.value > candidate.value) ? CONTENT_WITH_AFTER.exec(after) : null) ??
      shortAskFloorAfter(after, candidate.value, targets);
    const targetAfter = TARGET_AFTER.exec(after);
    // "The IC asked whether they'd accept $200M": a floor only asked about is no floor, nor the ask.
    if (floorBefore !== null && ASKED_WHETHER.test(before.slice(0, floorBefore.index))) {
      text.claim(clause.start + floorBefore.index, candidate.end);
      continue;
    }
    // "$90M, not a dollar less": the ask, and its own floor.
    const noLess = NOT_A_DOLLAR_LESS.exec(text.lower.slice(candidate.end, candidate.end + 40));
    if (noLess !== null && floorBefore === null) {
      targets.push(candidate);
      floors.push(candidate);
      text.claim(candidate.start, candidate.end + noLess[0].length);
      continue;
    }
    // "raise at least $190M, and among the sets that do, pick the cheapest", "the program that minimises the cost,
    // raising not less than $215M": the figure every chosen set must reach is the ask, not a floor below it.
    if (
      floorBefore !== null &&
      floorAfter === null &&
      LEAST_REACHED_BEFORE.test(before) &&
      (CHOSEN_AMONG_AFTER.test(text.lower.slice(candidate.end, candidate.end + 120)) ||
        isJustEnoughAfter(text.lower, candidate.end) ||
        CHOSEN_BY_OBJECTIVE_BEFORE.test(text.lower.slice(Math.max(0, candidate.start - 260), candidate.start)))
    ) {
      targets.push(candidate);
      text.claim(clause.start + floorBefore.index, candidate.end);
      continue;
    }
    if (floorBefore !== null || floorAfter !== null) {
      floors.push(candidate);
      const cueStart = floorBefore === null ? candidate.start : clause.start + floorBefore.index;
      const cueEnd = floorAfter === null ? candidate.end : candidate.end + floorAfter[0].length;
      text.claim(cueStart, cueEnd);
      continue;
    }
    // "Our recommendation: $95mm with added rent of no more than $6.5mm": an amount labelled the ask is no background.
    // "This time the number is $130M", "For the Q4 liquidity bridge the number is $155M": the ask as it stands now.
    // Read on the words as written, since a figure it replaces may have blanked them ("$400M then), the committee now
    // wants $220M").
    const presentAsk = isPresentAsk(asWritten(text), candidate.start, candidate.end);
    const asked =
      ASKED_BEFORE.test(before) ||
      isLabelledAsk(text.lower, candidate.start) ||
      fallbackFollows(text.lower, clause.end) ||
      presentAsk ||
      isCalledTheNumber(text.lower, candidate.start) ||
      isAskSaidAsATryOrAComfort(text.lower, candidate.start) ||
      isCalledTheAskAfter(text.lower, candidate.end) ||
      isSignedOffOn(text.lower, candidate.start) ||
      isPurposeOrCaseAsk(text.lower, candidate.start, candidate.end) ||
      (LOOKS_LIKE_BEFORE.test(before) && LOOKS_LIKE_AFTER.test(after));
    if (CONTEXT_AFTER.test(after) || (CONTEXT_BEFORE.test(before) && !asked)) continue;
    // "We'd be prepared to acquire up to $400M of your assets", "the buyer countered at $180M, which we rejected", "we
    // were offered $50M by a buyer": a buyer's figure, not the ask.
    if (
      BUYER_APPETITE_BEFORE.test(before) ||
      isBuyersBid(before, text.lower.slice(text.lower.lastIndexOf('\n', candidate.start - 1) + 1, candidate.start)) ||
      isBuyersOffer(before, text.lower.slice(candidate.end, candidate.end + 60)) ||
      isRejectedCounter(before, text.lower.slice(candidate.end, candidate.end + 60))
    )
      continue;
    if (isCaseKeptForLater(text.lower, candidate.start, candidate.end)) continue;
    if (isSuggestionBeforeOwnFigure(text.lower, candidate.start, candidate.end)) continue;
    const clauseText = text.lower.slice(clause.start, clause.end);
    // "We're at $205M after the last round of edits": where the ask stands now, whatever came before.
    // "re-run last week's case but at $260M instead of $220M": a figure given in place of another stands now too.
    const standsNow =
      /\b(?:we're|we\s+are|we\s+stand|it's|it\s+is|now)\s+at\s*$/.test(before) ||
      presentAsk ||
      isGivenInsteadOfAnother(text.lower, candidate.end);
    // "$70M — was $90M last week": the past words after the ask are the figure it replaced.
    const pastText = FORMER_FIGURE_AFTER.test(after) ? text.lower.slice(clause.start, candidate.end) : withoutPastAsides(clauseText);
    // "Last time, in 2022, we raised $60M": the occasion opens the sentence, before the clause.
    const pastOccasion =
      isPastOccasionFigure(text.lower, candidate.start) ||
      isEarlierDealOrAskFigure(text.lower, candidate.start, candidate.end) ||
      PAST_SEASON_AFTER.test(after);
    if (
      ((PAST_PROGRAM.test(pastText) || PAST_DEAL_BY_YEAR.test(before) || pastOccasion) && !standsNow) ||
      SET_ASIDE.test(setAsideWordsFor(clauseText, candidate.start - clause.start))
    )
      continue;
    const background = backgroundWords(text.lower, clause.start, clause.end, candidate.start, candidate.end);
    if (CONTEXT_WORDS.test(background) && !TARGET_WORDS.test(clauseText) && !asked) continue;
    targets.push(candidate);
    text.claim(candidate.start, targetAfter === null ? candidate.end : candidate.end + targetAfter[0].length);
  }

  if (floors.length === 0 && floorFractions.length === 0 && targets.length === 0) readBareAskAndFloor(text, targets, floors);
  if (floors.length === 0 && floorFractions.length === 0 && targets.length === 0 && !bareInMillions) readBareAsk(text, targets);
  if (floors.length === 0 && floorFractions.length === 0 && targets.length === 0) readBareChatAsk(text, targets);
  // "target / floor?" then "120 / 100", "target still 80?", "9mm cap, 140 target", "for the 130 run": a chat's shorthand.
  if (floors.length === 0 && floorFractions.length === 0 && targets.length === 0 && !readAskAndFloorAnsweredAsAPair(text, targets, floors))
    readChatAskInShorthand(text, targets);
  if (floors.length === 0) correctBareAskOnReply(text, targets);
  if (floors.length === 0 && floorFractions.length === 0 && targets.length > 0) readBareFloor(text, targets, floors);
  targets.sort((left, right) => left.start - right.start);
  floors.sort((left, right) => left.start - right.start);
  // "floor $130M" then "↳ floor should be $125M": the later line's floor replaces the earlier ones.
  return { targets: decidedFirst(text, targets), floors: floorsAfterLaterRestatement(asWritten(text), floors), floorFractions };
}
