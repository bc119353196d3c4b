/**
 * Figures a brief takes back: a self-correction ("$40M, actually $45M"), a figure discussed and then replaced
 * ("we talked about $210M but settled on $190M"), one floated and disowned ("someone floated $1.2bn; that is not
 * happening"), one asked about and refused ("Can we do $300M?" "No"), one of an earlier version, and those of
 * `revised-figures.ts` and `not-the-ask.ts`: all read as nothing.
 */

import { disowningNear, REPLACING } from './disowning-wording.js';
import { CORRECTED_FIGURE } from './corrected-figure.js';
import { matchesIn } from './required-text.js';
import { ARROW_STAND_IN, ELLIPSIS_STAND_IN } from './reading-stand-ins.js';
import { spokenBareCorrectionSpans } from './spoken-bare-correction.js';
import { revisedFigureSpans } from './revised-figures.js';
import { earlierVersionLineSpans } from './earlier-version-lines.js';
import { keepLevelsAskedToUse } from './covenant-level-asked-to-use.js';
import { notTheAskSpans } from './not-the-ask.js';
import { refusesScope } from './replaced-figures.js';
import { correctionNamingItsFigureSpans, roleNamedAfterCorrection, roleOfAmountAt } from './correction-naming-its-figure.js';
import { FALLBACK_AFTER, FALLBACK_BEFORE } from './fallback-floor-wording.js';
import { figuresSaidThenCorrectedSpans } from './figures-said-then-corrected.js';
import {
  EARLIER_VERSION_FIGURE,
  FIGURE_TOO_MUCH,
  NOT_ADOPTED_FIGURE,
  FIGURE_WAVED_OFF_IN_CHAT,
  QUESTIONED_FIGURE,
  REFUSED_AFTER_KEPT,
  REFUSED_FIGURE,
  REFUSED_IN_BRACKETS,
  WISHED_NOT_REAL,
} from './refused-figure-wording.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** A unit that makes a figure money. */
const MONEY_UNIT = new RegExp(`^(?:${MILLION_SCALE}|${BILLION_SCALE}|b|k)$`);

/**
 * The words that take a figure back: "no wait", "actually", "make that", "correction:", "scratch that", "I mean", "I meant", "- no,",
 * after asides that only lead up to them ("Oh, and one more thing: actually make the leverage cap 3.4x").
 */
const CORRECTION_WORD = String.raw`(?:(?:no|oh|hmm+|um+|well|ok(?:ay)?|and|also|one\s+more\s+thing|by\s+the\s+way|btw)[\s,.:]+)*(?:wait|actually|(?:sorry[\s,]+)?typo|sorry|i\s+meant?|correction|scratch\s+that|strike\s+that|make\s+(?:that|it)|or\s+rather|rather|on\s+(?:second|further)\s+thoughts?|no(?=\s*[,;.!-]))`;
/** Any correction word: the cheap test. */
const CORRECTION_CUE =
  /\b(?:wait|actually|typo|sorry|i\s+mean|correction|scratch\s+that|strike\s+that|make\s+(?:that|it)|rather|thoughts?|no\s*[,;.!-])/;
/**
 * The figure restated with its name after a correction: "make the target", "set the floor at", "use", or revised
 * to it: "revise to", "change that to", "bring it down to".
 */
const RESTATED = String.raw`(?:(?:make|set|put|have)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:at\s+|to\s+)?|use\s+|(?:revise|change|update|amend|lower|cut|bring|move|take)\s+(?:it\s+|that\s+|this\s+|the\s+[a-z-]+\s+)?(?:up\s+|down\s+)?to\s+)`;
/** The replacement proposed after the correction words: "actually no, let's say 110mm", "no - let's make it $60M". */
const LET_US_SAY = String.raw`(?:no[\s,;.!-]+)?let(?:'s|\s+us)\s+(?:say|make\s+(?:it|that)|go\s+with|do)\s+`;
/**
 * A figure, the words that take it back, and the figure that replaces it (only looked ahead at); a question may end
 * the first ("Can we do $130M? Make that $140M"), and a short aside may lead up to the restated figure
 * ("Correction - after the call, revise that to $115M", "wait, CFO called, make it $180M").
 */
const SELF_CORRECTION = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})[\s,;:.!?(-]*${CORRECTION_WORD}(?:[\s,;:.!-]+${CORRECTION_WORD})*[\s,;:.!-]*(?:(?:to|it's|it\s+is|is|say)\s+|(?:(?:after\s+)?[a-z' ]{1,30},\s*)?${RESTATED}|${LET_US_SAY})?(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "Don't exceed 3.5x lease-adjusted... actually 4.0x lease-adjusted leverage": a figure and its name, taken back by
 * a correction repeating the name after the new figure (looked ahead at).
 */
const NAMED_SELF_CORRECTION = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?<named>(?:[^\S\n]+[a-z][a-z-]*){1,3})[\s,;:.!?(-]*${CORRECTION_WORD}[\s,;:.!-]*(?=(?<later>${CORRECTED_FIGURE})\k<named>(?![a-z-]))`,
  'g',
);

/**
 * "25% single-market cap - wait, with two markets that's impossible, make it 60%": a figure and its name, then a
 * correction with its reason and a verb restating it (looked ahead at); the name stays, to name the new figure.
 */
const REASONED_SELF_CORRECTION = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?<named>(?:[^\S\n]+[a-z][a-z-]*){1,3})[^\S\n]*[-,;:]+[^\S\n]*(?:wait|actually|on\s+second\s+thoughts?)\b[^.;!?\n]{0,80}?\b(?:make\s+(?:it|that)|let(?:'s|\s+us)\s+(?:say|make\s+it|go\s+with|use)|use|change\s+(?:it|that)\s+to)\s+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);

/**
 * "Target $90M. Actually make that 120.", "Can we do 50 million? Actually, let's make it 58.": a bare number replacing
 * an amount in millions after "make that" or "make it", read in the amount's own millions. The bare number is the group `bare`.
 */
export const BARE_MILLIONS_REPLACEMENT = new RegExp(
  String.raw`(?<![\w.])(?:(?:us\$|usd|\$)\s*)?\d+(?:\.\d+)?\s*(?:${MILLION_SCALE})(?![a-z\d])[\s,;:.!?(-]*(?:(?:no|wait|actually|sorry|well|ok(?:ay)?)[\s,;:.!-]+)*(?:let(?:'s|\s+us)\s+)?make\s+(?:that|it)[\s,:]+(?<bare>\d{2,4}(?:\.\d+)?)(?!\d|\.\d|[^\S\n]*(?:%|x\b|times|years?|yrs?|bps|[a-z]))`,
  'g',
);

/**
 * "Was $100M, now $115M", "it used to be 3.5x; now 3.25x", "they said $60M, now $66M", "proceeds $90m, now $105m": a
 * figure said to be the old one, or an amount's label and figure, then the figure it is now (only looked ahead at).
 */
const WAS_NOW = new RegExp(
  String.raw`\b(?:was|used\s+to\s+be|had\s+been|(?:we|they|you)\s+said|(?:proceeds|target|ask|amount|program(?:me)?|raise|size)(?:\s+(?:of|at|is|was))?)\s+(?<earlier>${CORRECTED_FIGURE})[\s,;:.-]+(?:but\s+|and\s+)?(?:(?:it'?s|it\s+is|is)\s+)?now\s+(?:(?:it'?s|it\s+is|is)\s+)?(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);
/** Verbs that revise an amount to another: "reduced", "cut", "amended", "bumped". */
const REVISING = '(?:reduced|cut|lowered|trimmed|raised|increased|revised|changed|moved|bumped|amended|upped|brought|corrected)';
/** Someone persuaded to a lower or higher figure: "talked me down", "argued us up". */
const TALKED_DOWN = String.raw`(?:talked|argued|persuaded|pushed)\s+(?:me|us|him|her|them)\s+(?:down|up)`;
/** The cheap test before `REVISED_TO`: one of its verbs as a word. */
const REVISING_WORD = new RegExp(`\\b(?:${REVISING}|talked|argued|persuaded|pushed)\\b`);

/**
 * "the target moves from $110M to $125M", "bumped from $60M to $70M": an amount changed to another; the first is
 * taken back (only looked ahead at). Money only: a ratio moving from one level to another may be today's level.
 */
const CHANGED_AMOUNT = new RegExp(
  String.raw`\b(?:moves?|moved|moving|goes|going|changes?|changed|changing|shifts?|shifted|revised|bumped|raised|lowered|increased|decreased|cut|up|down|rises|rose|rising|falls|fell|falling|drops|dropped|climbs|climbed)\s+from\s+(?<earlier>${CORRECTED_FIGURE})\s+to\s+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);
/**
 * "the Treasurer asked for $75M; the Board reduced the authority to $65M", "$185M (amended in session to $165M)",
 * "$120M, later cut to $110M": an amount revised to another, the ask or its like named as what was revised or the
 * revision right after the figure; the first is taken back (only looked ahead at). So is a figure someone said and
 * then corrected, or was talked out of: "the CEO said $215M on the call... he corrected himself to $175M", "she
 * corrected it this morning to $85M", "my instinct was $350M, but our advisors talked me down to $210M" (a trailing
 * ellipsis may come between, as a speaker trails off; a time of day may come before "to").
 */
const REVISED_TO = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})(?:(?:[^.!?\n]|\.{3}|${ELLIPSIS_STAND_IN}){0,60}?\b(?:${REVISING}(?:\s+(?:it|that|this|himself|herself|themselves|the\s+(?:ask|target|authority|authori[sz]ation|amount|number|figure|program(?:me)?|proceeds|request|raise|size)))|${TALKED_DOWN})|[^\S\n]*[(,;\u2013\u2014-][^\S\n]*(?:(?:later|since|then|subsequently)\s+)?${REVISING})(?:\s+(?:down|up|back))?(?:\s+in\s+[a-z]+|\s+(?:this\s+(?:morning|afternoon|evening|week)|today|overnight))?\s+to\s+(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);
/** "100mm -> 90mm", "$60M → $70M": an amount changed to another by an arrow; the first is taken back (only looked ahead at). */
const ARROW_CHANGE = new RegExp(
  String.raw`(?<earlier>${CORRECTED_FIGURE})[^\S\n]*(?:->|\u2192|${ARROW_STAND_IN}|=>)[^\S\n]*(?=(?<later>${CORRECTED_FIGURE}))`,
  'g',
);
/** "scratch the $150M number", "forget that 4x cap", "ignore the $90M figure": a figure dropped by name. */
const DROPPED_FIGURE = new RegExp(
  String.raw`\b(?:scratch|strike|forget|ignore|disregard|drop|bin)\s+(?:the|that|this|our|my)\s+${CORRECTED_FIGURE}`,
  'g',
);
/**
 * "correction: FCCR 1.7x, amount unchanged", "the target stays the same": the amount of an earlier version is kept,
 * so only the other figures of that version are taken back.
 */
const AMOUNT_KEPT =
  /\b(?:amount|target|ask|proceeds|raise|size)\s+(?:is\s+|stays\s+|remains\s+)?(?:unchanged|(?:the\s+)?same|as\s+before)\b/;

/** What a figure measures, by its mark and unit (money, multiple, percentage, years or number). */
function figureKind(written: string): string {
  const figure = written.trim().replace(/\s+(?:dollars|usd)$/, '');
  const unit = /[a-z%]+\s*$/.exec(figure)?.[0] ?? '';
  if (figure.includes('$') || figure.startsWith('usd') || MONEY_UNIT.test(unit)) return 'money';
  if (/^(?:x|times|turns)$/.test(unit)) return 'multiple';
  // "a third of the money", taken back by "make that 35%": a share, as a percentage is.
  if (/^(?:%|percent)$/.test(unit) || /^(?:a|one)[\s-](?:third|quarter|fifth)\s/.test(figure)) return 'percentage';
  return /^years?$/.test(unit) ? 'years' : 'number';
}

/**
 * The last amount in `before` written with the bare number `bare` and a scale of millions ("60m", "$60M", "60 million"),
 * as a span; undefined when there is none. A number of more than four digits or with letters is no such figure.
 */
function earlierAmountOf(before: string, bare: string): { start: number; end: number } | undefined {
  const digits = bare.trim();
  if (!/^\d{1,4}(?:\.\d+)?$/.test(digits)) return undefined;
  const written = new RegExp(
    String.raw`(?<![\w.$])(?:(?:us\$|usd|\$)[^\S\n]*)?${digits.replace('.', '\\.')}[^\S\n]*(?:${MILLION_SCALE})(?![a-z\d])`,
    'g',
  );
  let last: { start: number; end: number } | undefined;
  for (const match of before.matchAll(written)) last = { start: match.index, end: match.index + match[0].length };
  return last;
}

/** Markdown strikethrough on one line: "~~20~~", "~~$110m~~". */
const STRUCK_THROUGH = /~~[^~\n]{1,80}~~/g;

/**
 * "Max criticality 0.5 - no wait, make that 0.55", "$40M, actually $45M", "3.5x (correction: 3.25x)": the span from
 * a figure taken back to the figure of the same kind that replaces it. A correction word before anything but a
 * figure of the same kind ("$40M. Actually, leverage under 3x") takes nothing back.
 */
export function supersededSpans(lower: string): { start: number; end: number }[] {
  const spans = discussedSpans(lower);
  // Struck-through text in a tracked edit ("~~$80m~~ $95m", "leases ~~20~~ 15 years") is what the writer deleted.
  if (lower.includes('~~')) {
    for (const match of matchesIn(STRUCK_THROUGH, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (lower.includes('now')) {
    for (const match of matchesIn(WAS_NOW, lower)) {
      if (figureKind(match.groups?.['earlier'] ?? '') !== figureKind(match.groups?.['later'] ?? '')) continue;
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of matchesIn(DROPPED_FIGURE, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  if (lower.includes('from')) {
    for (const match of matchesIn(CHANGED_AMOUNT, lower)) {
      if (figureKind(match.groups?.['earlier'] ?? '') !== 'money' || figureKind(match.groups?.['later'] ?? '') !== 'money') continue;
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  if (REVISING_WORD.test(lower)) {
    for (const match of matchesIn(REVISED_TO, lower)) {
      if (figureKind(match.groups?.['earlier'] ?? '') !== 'money' || figureKind(match.groups?.['later'] ?? '') !== 'money') continue;
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  if (lower.includes('->') || lower.includes('=>') || lower.includes(ARROW_STAND_IN)) {
    for (const match of matchesIn(ARROW_CHANGE, lower)) {
      if (figureKind(match.groups?.['earlier'] ?? '') !== 'money' || figureKind(match.groups?.['later'] ?? '') !== 'money') continue;
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  spans.push(...spokenBareCorrectionSpans(lower), ...revisedFigureSpans(lower), ...keepLevelsAskedToUse(lower, notTheAskSpans(lower)));
  spans.push(...earlierVersionLineSpans(lower));
  // "I said $120M, the correct figure is $135M", "USD 1.25bn - sorry, fat finger, USD 125m": the amount given before.
  spans.push(...figuresSaidThenCorrectedSpans(lower));
  // The cheap test first: most briefs take nothing back.
  if (!CORRECTION_CUE.test(lower)) return spans;
  for (const match of matchesIn(SELF_CORRECTION, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    const later = match.groups?.['later'] ?? '';
    if (figureKind(earlier) !== figureKind(later)) continue;
    // "floor $160M" then "correction, $185M target": a new figure naming another role corrects that role's figure
    // (`correction-naming-its-figure.ts`), not the one before it.
    const laterStart = match.index + match[0].length;
    const named = roleNamedAfterCorrection(lower, laterStart + later.trimEnd().length);
    if (named !== undefined && named !== roleOfAmountAt(lower, match.index, match.index + earlier.trimEnd().length)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  spans.push(...correctionNamingItsFigureSpans(lower));
  for (const match of matchesIn(NAMED_SELF_CORRECTION, lower)) {
    if (figureKind(match.groups?.['earlier'] ?? '') !== figureKind(match.groups?.['later'] ?? '')) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesIn(REASONED_SELF_CORRECTION, lower)) {
    const earlier = match.groups?.['earlier'] ?? '';
    if (figureKind(earlier) !== figureKind(match.groups?.['later'] ?? '')) continue;
    const named = match.index + earlier.length + (match.groups?.['named'] ?? '').length;
    spans.push({ start: match.index, end: match.index + earlier.length }, { start: named, end: match.index + match[0].length });
  }
  for (const match of matchesIn(BARE_MILLIONS_REPLACEMENT, lower)) {
    const bare = match.groups?.['bare'] ?? '';
    spans.push({ start: match.index, end: match.index + match[0].length - bare.length });
  }
  return spans;
}

/** Whether [start, end) runs from a line quoted with "> " into a line below it. */
function fromQuotedLineToReply(lower: string, start: number, end: number): boolean {
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  return lower.slice(start, end).includes('\n') && /^[^\S\n]*>/.test(lower.slice(lineStart, start + 1));
}

/**
 * Words that put a figure up for discussion rather than decide it: "we talked about", "looked at", "the idea of",
 * "originally", "maybe", someone who "pushed for" an amount (one voice, not the decision; "pushed for 3% bumps; we agreed
 * 2.75%" is left to the readers of a figure agreed after another), an approval "recalled" (a past decision the
 * board now replaces), and "we said" before an amount ("I know we said $90m in the draft").
 */
/** An amount within the next few words: what "pushed for" and "we said" must be followed by to put up an ask. */
const AMOUNT_AHEAD = String.raw`(?=\s+[^,.!?;\n]{0,40}?(?:(?:us\$|usd|\$)\s*\d|\d[\d.,]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z])))`;
const TENTATIVE = String.raw`(?:originally|original|initially|at\s+first|started\s+(?:at|with|out\s+at)|talked\s+about|pushed\s+for${AMOUNT_AHEAD}|recalled\s+(?:its|their|the|our)\s+(?:earlier\s+|prior\s+|previous\s+)?(?:approval|decision|resolution|authori[sz]ation)(?:\s+of\s+(?:\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?))?|looked\s+at|(?:idea|suggestion|proposal)\s+of|discussed|considered|floated|mooted|proposed|suggested|maybe|perhaps|instinct|thought\s+about|wondered\s+about|had\s+planned|talk\s+of|(?:were|was|had\s+been)\s+(?:going|planning|meaning)\s+to|(?:we|they|you|i)\s+(?:had\s+)?said${AMOUNT_AHEAD})`;
/**
 * Words that make a figure conditional, only ever disowned: "if they complain we'd add a 4x cap", "should we cap it
 * at 40%?"; "no market should" and "should be modelled at" are rules.
 */
const CONDITIONAL = "(?:if|whether|we'd|i'd|would|could|might|(?<!(?:market|metro)\\s)should(?!\\s+be\\s+modell?ed\\s+at\\b))";
/** A figure up for discussion: the tentative words, then the figure in their sentence. */
const TENTATIVE_FIGURE = new RegExp(
  String.raw`\b(?:${TENTATIVE}|(?<conditional>${CONDITIONAL}))\b[^.!?;\n]{0,60}?(?<figure>${CORRECTED_FIGURE})`,
  'g',
);
/** A figure named before the words that put it up for discussion: "a 4x cap was mooted", "$90M has been floated". */
const FIGURE_TENTATIVE = new RegExp(
  String.raw`(?<figure>${CORRECTED_FIGURE})[^.!?;\n]{0,40}?\b(?:was|were|has\s+been|had\s+been|got)\s+(?:mooted|floated|proposed|suggested|discussed|raised|considered)\b`,
  'g',
);
/** Words that adopt a figure up for discussion: "the motion carried", "was approved", "the board agreed". */
const ADOPTED =
  /\b(?:the\s+motion\s+(?:carried|passed)|(?:was|were|has\s+been)\s+(?:unanimously\s+)?(?:approved|adopted|accepted|carried)|(?:approved|adopted|accepted)\s+(?:it|that|this|the\s+(?:proposal|motion))|(?:all|everyone|the\s+(?:board|committee))\s+agreed)\b/;
/** How far after a figure up for discussion its replacement or disowning is sought. */
const REPLACEMENT_REACH = 220;

/**
 * "We talked about $210M but settled on $190M", "the committee discussed $250M. After debate it fixed the target at
 * $230M", "considered 4x, but no - use 4.5x": a figure up for discussion and, after words that replace it, the next
 * figure of the same kind that is not a fallback; the span is from the one to the other. "There's been talk of a
 * 3x cap, but nothing is decided", "someone floated $1.2bn; that is not happening": a figure up for discussion
 * disowned later in its sentence or the next; the span is from the figure to the disowning words.
 */
function discussedSpans(lower: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const discussed = matchesIn(TENTATIVE_FIGURE, lower).map((match) => {
    const figure = match.groups?.['figure'] ?? '';
    return { figure, start: match.index + match[0].length - figure.length, onlyDisowned: match.groups?.['conditional'] !== undefined };
  });
  for (const match of matchesIn(FIGURE_TENTATIVE, lower)) {
    discussed.push({ figure: match.groups?.['figure'] ?? '', start: match.index, onlyDisowned: true });
  }
  for (const { figure, start, onlyDisowned } of discussed) {
    const after = lower.slice(start + figure.length, start + figure.length + REPLACEMENT_REACH);
    const disowned = disowningNear(after);
    const replacing = REPLACING.exec(after);
    // "Ms. Patel proposed that rent be capped at $8m; the motion carried. Mr. Grant's proposal to exclude Arizona was
    // withdrawn": a figure adopted before any word that drops or replaces it is decided; what lies between the
    // adoption and the words that drop something is the next proposal, and that is what they drop.
    const adopted = ADOPTED.exec(after);
    if (
      adopted !== null &&
      (disowned === null || adopted.index < disowned.index) &&
      (replacing === null || adopted.index < replacing.index)
    ) {
      const from = start + figure.length + adopted.index + adopted[0].length;
      if (disowned !== null) spans.push({ start: from, end: start + figure.length + disowned.index + disowned[0].length });
      continue;
    }
    if (disowned !== null && (replacing === null || disowned.index <= replacing.index + 40)) {
      spans.push({ start, end: start + figure.length + disowned.index + disowned[0].length });
      continue;
    }
    if (replacing === null || onlyDisowned) continue;
    const candidates = new RegExp(CORRECTED_FIGURE, 'g');
    candidates.lastIndex = replacing.index;
    for (let later = candidates.exec(after); later !== null; later = candidates.exec(after)) {
      if (figureKind(later[0]) !== figureKind(figure)) continue;
      const laterStart = later.index;
      // A replacement stands in the sentence of the words that replace: past its end, the figure is another's.
      if (/[.!?]\s/.test(after.slice(replacing.index, laterStart))) break;
      if (FALLBACK_AFTER.test(after.slice(laterStart + later[0].length)) || FALLBACK_BEFORE.test(after.slice(0, laterStart))) break;
      spans.push({ start, end: start + figure.length + laterStart });
      break;
    }
  }
  if (lower.includes('?')) {
    for (const m of matchesIn(QUESTIONED_FIGURE, lower)) {
      const figure = m.groups?.['figure'] ?? '';
      // "> Is the $12M rent cap still right?" then "No - raise it to $15M": asked on a quoted line and refused on the
      // reply, only the figure is read as nothing, so that the quoted words still name the figure the reply gives.
      if (fromQuotedLineToReply(lower, m.index, m.index + m[0].length)) {
        spans.push({ start: m.index, end: m.index + figure.trimEnd().length });
        continue;
      }
      spans.push({ start: m.index + (refusesScope(lower, m) ? figure.length : 0), end: m.index + m[0].length });
    }
    // "<ben> target 1.1bn??" then "<ana> lol no. 110m": the next speaker waves the amount off. Only the amount is read as
    // nothing, so that the words naming it still name the figure the reply gives.
    if (lower.includes('\n')) {
      for (const m of matchesIn(FIGURE_WAVED_OFF_IN_CHAT, lower)) {
        const figure = (m.groups?.['figure'] ?? '').trimEnd();
        if (figureKind(figure) === 'money') spans.push({ start: m.index, end: m.index + figure.length });
      }
    }
  }
  if (/realistically|in\s+reality|practically|in\s+practice/.test(lower)) {
    for (const match of matchesIn(WISHED_NOT_REAL, lower)) {
      const figure = match.groups?.['figure'] ?? '';
      const start = match.index + match[0].indexOf(figure);
      spans.push({ start, end: match.index + match[0].length });
    }
  }
  if (lower.includes('too')) {
    for (const match of matchesIn(FIGURE_TOO_MUCH, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  const amountKept = AMOUNT_KEPT.test(lower);
  for (const match of matchesIn(EARLIER_VERSION_FIGURE, lower)) {
    if (amountKept && figureKind(match[0].slice(match[0].search(/[\d$]|usd/))) === 'money') continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesIn(REFUSED_IN_BRACKETS, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  if (lower.includes('but')) {
    for (const match of matchesIn(NOT_ADOPTED_FIGURE, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (lower.includes('not')) {
    for (const match of matchesIn(REFUSED_AFTER_KEPT, lower)) {
      const refused = match.groups?.['refused'] ?? '';
      const kept = match.groups?.['kept'] ?? '';
      // "Need 60m" then "Sorry - 65m, not 60": the bare figure refused is the amount given before, in its millions.
      if (figureKind(kept) === 'money' && figureKind(refused) === 'number') {
        const earlier = earlierAmountOf(lower.slice(0, match.index), refused);
        if (earlier !== undefined) {
          const start = match.index + match[0].length;
          spans.push(earlier, { start, end: start + 'not '.length + refused.length });
        }
        continue;
      }
      if (figureKind(kept) !== figureKind(refused)) continue;
      const start = match.index + match[0].length;
      spans.push({ start, end: start + 'not '.length + refused.length });
    }
  }
  for (const match of matchesIn(REFUSED_FIGURE, lower)) {
    if (figureKind(match.groups?.['earlier'] ?? '') === figureKind(match.groups?.['later'] ?? '')) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}
