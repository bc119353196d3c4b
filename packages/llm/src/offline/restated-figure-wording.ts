import { chatSpeakerOf } from './chat-speakers.js';
import { nonOverlappingEdits, type TextEdit } from './restated-brief.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/**
 * Wording of the ask and its economics that says a figure in a shape the readers do not know, restated in the shape
 * they do: a role or speaker written before the figure ("Risk manager: $150M with debt/EBITDA max 3.5x", "Lin:
 * correction, $125M"), a slide's bullets run together on one line, money with its currency after the number ("125 USD
 * m"), a term left bare after the ask ("Ask: $185M. US GAAP. 15 years.") or corrected in the next words ("15-yr lease
 * term. Actually 17 years"), a figure approved recently or said to be the ask now, a rate left bare by a tax writer, the
 * escalator "on rent", a share "in a market", and a cap the writer says does not apply. Read by `readBrief` before the
 * figure readers, so a quote of what is not understood stays in the writer's words.
 */

/** An amount of money with its scale: "$150M", "125m", "$1.2bn". */
const AMOUNT = String.raw`(?:us\$|\$)?\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})\b`;

/**
 * A role written as a label before what its holder asks ("Risk manager:", "Audit:", "Auditor:", "Strategy:", "Tax
 * team:", "Slide:", "Board secretary:"). Never a field's own label ("Target:", "Floor:"), which says what the figure is.
 */
const ROLE_LABEL = new RegExp(
  String.raw`(?<=^|\n)[^\S\n]*(?:(?:internal\s+)?audit(?:or)?|strategy|slide|(?:risk|tax|finance|treasury|legal|board|site|deal|strategy)\s+(?:manager|team|lead|head|director|dir|secretary|committee|desk)|treasurer|cfo|ceo|coo|controller|chair)\s*:[^\S\n]*(?=(?:[\u2022*-][^\S\n]*)?(?:confirm\s+)?${AMOUNT})`,
  'gi',
);

/** A speaker's name of one word, as this reader takes it: "Dana", "Luis" (not "J. Ortiz", not "A"). */
const ONE_WORD_NAME = /^[A-Z][a-z]{1,15}$/;

/**
 * Words that label a field or a kind of note rather than name a speaker: "Target: $95M", "Note: ...". A line they open
 * is a statement of its own, not a chat line.
 */
const NOT_A_SPEAKER =
  /^(?:target|floor|tax|term|escalator|escalators|basis|objective|strategy|note|notes|ask|proceeds|goal|row|slide|risk|audit|auditor|chat|email|forwarded|subject|re|fyi|ps|update|program|scenario|minimum|maximum|limit|limits|leases|lease|rent|covenants?|exclude|include|markets?|assets?|types?)$/i;

/**
 * The figures a chat line may give that its speaker's name would hide: money with its scale, a percentage, a number of
 * years. A bare number ("floor 85.") or a multiple is read with the question it answers, names and all.
 */
const CHAT_FIGURE = new RegExp(String.raw`${AMOUNT}|\d[^\S\n]*%|\b\d{1,2}[^\S\n]*(?:years?|yrs?)\b`, 'i');

/** Bullets run together on one line: "Slide: • $60M • Rent added ≤ $4M • Exclude Chicago". Each starts a line of its own. */
const INLINE_BULLET = /(?<=\S)[^\S\n]+\u2022[^\S\n]+/g;

/**
 * Money with its currency and scale after the number: "125 USD m", "100 US$ mm", and the unit of a sheet's column
 * written after a figure or a range ("raise: 65-80 $m", "80 $mm"). Restated "$125m".
 */
const CURRENCY_AFTER = /\b(\d[\d.,]*)[^\S\n]*(?:usd|us\$|\$)[^\S\n]*(mm|mn|m|million|bn|billion)\b/gi;

/**
 * A term left bare as a sentence of its own ("Ask: $185M. US GAAP. 15 years.", "'SLB 125m. IFRS. 20 yrs.'", a chat's
 * "10 years. And the target is $45M."): in a brief for a sale and leaseback, a number of years alone is the lease term.
 * A decimal's point is no sentence's end: "3.6 years' worth of earnings" is a multiple, not "6 years'".
 */
const BARE_TERM =
  /(?<=(?:^|\n|(?<!\d)\.|[;!?]|['"\u2018\u201c]|(?:^|\n)[^\S\n]*(?:\[\d{1,2}:\d{2}\][^\S\n]*)?[A-Z][a-z]{1,15}:)[^\S\n]*)(\d{1,2})[^\S\n]*(?:years?|yrs?)(?=[^\S\n]*(?:[.;!]|['"\u2019\u201d]|\n|$))/gi;

/** A term corrected right after the first one: "Actually 17 years", "correction: 12 yrs", "make that 20 years". */
const CORRECTED_TERM =
  /\b(actually|correction|sorry|make\s+(?:that|it))[,:]?[^\S\n]+(\d{1,2})[^\S\n]*(?:-[^\S\n]*)?(?:years?|yrs?)\b(?![^\S\n]*(?:-|lease|term|ago|old))/gi;

/** A lease term already stated, which a bare correction of years revises: "15-yr lease term", "15-year leases". */
const TERM_STATED = /\b\d{1,2}[^\S\n]*-?[^\S\n]*(?:years?|yrs?)\b[^.;\n]{0,12}\b(?:lease|term)/i;

/**
 * A figure approved or agreed a short time ago ("Board approved $300m last week"): the decision stands now, so the
 * time it was taken does not make the figure a past program's.
 */
const RECENTLY_APPROVED = new RegExp(
  String.raw`\b(?:approved|signed\s+off(?:\s+on)?|agreed|confirmed|okayed|ok'd)\s+${AMOUNT}(?<when>[^\S\n]+(?:last\s+(?:week|month)|yesterday|this\s+morning|earlier\s+today))`,
  'gi',
);

/** "We were told $100M last month but the ask is now $115M": the ask now starts a sentence of its own. */
const BUT_NOW = /,?[^\S\n]+but[^\S\n]+(?=(?:the|our)[^\S\n]+(?:ask|target|number|figure|request)[^\S\n]+(?:is|'s)[^\S\n]+now\b)/gi;

/** "the instruction for this run is $175M": the figure the run is told to use is the actual ask. */
const RUN_INSTRUCTION =
  /\bthe[^\S\n]+instruction[^\S\n]+(?:for[^\S\n]+(?:this|the)[^\S\n]+(?:run|case|exercise|model(?:ling)?)[^\S\n]+)?is\b/gi;

/** "Please assume a 21% rate" in a brief that speaks of tax: the rate is the tax rate. */
const BARE_RATE =
  /\b(?:assume|use|apply|take|model)[^\S\n]+(?:an?[^\S\n]+)?(\d{1,2}(?:\.\d+)?[^\S\n]*%)[^\S\n]+rate\b(?![^\S\n]+(?:of|on|for))/gi;

/** A rate named as something other than tax: a bare rate in such a brief is not the tax rate. */
const OTHER_RATES = /\b(?:cap(?:italisation|italization)?|interest|discount|coupon|swap|base|hurdle)[^\S\n]+rates?\b/i;

/** "the escalator on rent", "escalation on the rent": the rent escalator. */
const ESCALATOR_ON_RENT = /\b(escalat(?:or|ors|ion))[^\S\n]+on[^\S\n]+(?:the[^\S\n]+)?rents?\b/gi;

/** "Max 40% in a market", "no more than 35% in any one market": a share per market. */
const SHARE_IN_A_MARKET =
  /(\d{1,2}(?:\.\d+)?[^\S\n]*%)[^\S\n]+in[^\S\n]+(?:a|any|each|one|any[^\S\n]+one|a[^\S\n]+single)[^\S\n]+market\b/gi;

/**
 * A cap the writer sets aside in the same clause: "30% cap per market doesn't matter here - skip it", "the 35% market
 * limit does not apply". The clause is dropped, so no reader takes its figure.
 */
const CAP_SET_ASIDE =
  /(?<=^|\n|[,.;]\s)[^,.;\n]*\d{1,2}(?:\.\d+)?[^\S\n]*%[^,.;\n]*?\b(?:cap|limit|max(?:imum)?|ceiling)\b[^,.;\n]*?\b(?:doesn'?t|does[^\S\n]+not|don'?t|do[^\S\n]+not)[^\S\n]+(?:matter|apply)\b[^,.;\n]*/gi;

/**
 * A figure chosen for this company after another client's ("Another client got 2.75% bumps. For us use 2%."): the
 * bare figure measures what the other client's did.
 */
const FOR_US_FIGURE =
  /\b(?:for[^\S\n]+us|in[^\S\n]+our[^\S\n]+case|for[^\S\n]+this[^\S\n]+deal)[,:]?[^\S\n]+(?:use|assume|take|go[^\S\n]+with|model|we'?ll[^\S\n]+use)[^\S\n]+(\d{1,2}(?:\.\d+)?[^\S\n]*%)(?=[^\S\n]*(?:[.;,!\n]|$))/gi;

/** The kind of a percentage another client was given, just before: "2.75% bumps", "3% escalators", "a 25% tax rate". */
const OTHER_KIND =
  /\d[^\S\n]*%[^\S\n]+(?<kind>(?:rent[^\S\n]+)?bumps?|(?:annual[^\S\n]+|rent[^\S\n]+)?escalat(?:ors?|ions?)|tax(?:[^\S\n]+rate)?)\b[^%]*$/i;

/**
 * A second clause joined to the ask that speaks of debt or rent: "My manager says $50M and that our debt should stay
 * below 3 times earnings", "confirm $130M can be done while keeping debt to EBITDA no higher than 3.4x". The join
 * becomes a clause break, so the limit's words do not make the ask a background figure.
 */
const JOINED_LIMIT_CLAUSE = new RegExp(
  String.raw`(?<=${AMOUNT}(?:[^\S\n]+can[^\S\n]+be[^\S\n]+done)?)[^\S\n]+(?=(?:and[^\S\n]+that|while|whilst)[^\S\n]+(?:our|the|keeping|holding|staying)\b)`,
  'gi',
);

/**
 * A line of a chat or a note that corrects the ask with a figure of its own, lines after the ask ("Lin: Proceeds
 * $115M" ... "Lin: correction, $125M"): the corrected figure is the actual ask.
 */
const CORRECTED_ASK_LINE = new RegExp(
  String.raw`(?<=(?:^|\n)[^\S\n]*(?:\[\d{1,2}:\d{2}\][^\S\n]*)?(?:[A-Z][a-z]{1,15}:[^\S\n]*)?)(?:correction|actually|sorry)[^\S\n]*[,:\u2013\u2014-]?[^\S\n]*(?=${AMOUNT}[^\S\n]*(?:[.!]|\n|$))`,
  'gi',
);

/** A line that gives the ask: a word of the ask before its figure, or the figure opening the line after any speaker. */
const ASK_LINE = new RegExp(
  String.raw`\b(?:proceeds|target|raise|raising|ask|need|goal|sale|slb)\b|^[^\S\n]*(?:[A-Z][a-z]{1,15}:[^\S\n]*)?${AMOUNT}`,
  'i',
);

/**
 * The chat labels this reader takes as a speaker's, in the brief's positions: a line opening with any time and a name
 * of one word that is not a field's label ("[10:05] Dana: ", "Luis: "), with the spaces after the colon (one at least).
 */
function chatSpeakerLabels(brief: string): { start: number; end: number; name: string }[] {
  const labels: { start: number; end: number; name: string }[] = [];
  let lineStart = 0;
  for (const line of brief.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const { time, label, name } = chatSpeakerOf(line.slice(indent));
    const after = indent + time + label;
    const spaces = /^[^\S\n]+/.exec(line.slice(after))?.[0].length ?? 0;
    if (label > 0 && spaces > 0 && ONE_WORD_NAME.test(name) && label === name.length + 1 && !NOT_A_SPEAKER.test(name)) {
      labels.push({ start: lineStart, end: lineStart + after + spaces, name });
    }
    lineStart += line.length + 1;
  }
  return labels;
}

/** Every restatement of figure wording the readers would otherwise miss, in the brief's positions. */
export function figureWordingRestatements(brief: string): TextEdit[] {
  const { edits, add } = nonOverlappingEdits();
  for (const match of brief.matchAll(ROLE_LABEL)) add(match.index, match.index + match[0].length, '');
  const speakers = chatSpeakerLabels(brief);
  // A chat: a name that opens at least two lines is a speaker's (a label such as "Proceeds:" opens one). Only a line
  // that gives a figure loses its speaker, so an answer reads as it does without names; a question keeps its asker.
  const names = speakers.map((speaker) => speaker.name);
  for (const speaker of speakers) {
    if (names.filter((name) => name === speaker.name).length < 2) continue;
    const lineEnd = brief.indexOf('\n', speaker.end);
    const line = brief.slice(speaker.end, lineEnd === -1 ? brief.length : lineEnd);
    if (CHAT_FIGURE.test(line) && !/\?[^\S\n]*$/.test(line)) add(speaker.start, speaker.end, '');
  }
  for (const match of brief.matchAll(CORRECTED_ASK_LINE)) {
    // Only the ask is corrected so: the last figure before it is on a line that asks ("Proceeds $115M"), not a cap
    // ("new rent capped at $5M", corrected as that cap's figure).
    const lines = brief.slice(0, match.index).split('\n');
    const lastFigureLine = lines.reverse().find((line) => new RegExp(AMOUNT, 'i').test(line));
    if (lastFigureLine !== undefined && ASK_LINE.test(lastFigureLine))
      add(match.index, match.index + match[0].length, 'the actual ask is ');
  }
  for (const match of brief.matchAll(JOINED_LIMIT_CLAUSE)) add(match.index, match.index + match[0].length, '; ');
  for (const match of brief.matchAll(INLINE_BULLET)) add(match.index, match.index + match[0].length, '\n\u2022 ');
  for (const match of brief.matchAll(CURRENCY_AFTER)) {
    add(match.index, match.index + match[0].length, `$${match[1]}${match[2]}`);
  }
  if (/\b(?:slb|sale[-\s]?(?:and[-\s])?lease[-\s]?back|leases?|gaap|ifrs|target|ask|raise|proceeds|term)\b/i.test(brief)) {
    for (const match of brief.matchAll(BARE_TERM)) {
      const years = Number(match[1]);
      if (years >= 5 && years <= 40) add(match.index, match.index + match[0].length, `${years}-year leases`);
    }
  }
  for (const match of brief.matchAll(CORRECTED_TERM)) {
    if (!TERM_STATED.test(brief.slice(0, match.index))) continue;
    const years = Number(match[2]);
    if (years >= 5 && years <= 40) add(match.index, match.index + match[0].length, `${match[1]} ${years}-year leases`);
  }
  for (const match of brief.matchAll(RECENTLY_APPROVED)) {
    const when = match.groups?.['when'] ?? '';
    add(match.index + match[0].length - when.length, match.index + match[0].length, '');
  }
  for (const match of brief.matchAll(BUT_NOW)) add(match.index, match.index + match[0].length, '. But ');
  for (const match of brief.matchAll(RUN_INSTRUCTION)) add(match.index, match.index + match[0].length, 'the actual ask is');
  if (/\btax\b/i.test(brief) && !OTHER_RATES.test(brief)) {
    for (const match of brief.matchAll(BARE_RATE)) {
      const figureAt = match.index + match[0].indexOf(match[1] ?? '');
      add(figureAt, match.index + match[0].length, `${match[1]} tax rate`);
    }
  }
  for (const match of brief.matchAll(ESCALATOR_ON_RENT)) add(match.index, match.index + match[0].length, `rent ${match[1]}`);
  for (const match of brief.matchAll(SHARE_IN_A_MARKET)) add(match.index, match.index + match[0].length, `${match[1]} per market`);
  for (const match of brief.matchAll(CAP_SET_ASIDE)) add(match.index, match.index + match[0].length, '');
  for (const match of brief.matchAll(FOR_US_FIGURE)) {
    const kind = OTHER_KIND.exec(brief.slice(Math.max(0, match.index - 160), match.index))?.groups?.['kind'];
    if (kind === undefined) continue;
    const figureAt = match.index + match[0].length - (match[1] ?? '').length;
    add(figureAt, match.index + match[0].length, `${match[1]} ${kind.toLowerCase()}`);
  }
  return edits;
}
