import { claimPlaceFiltersDiscussedAndDropped, claimPlacesDiscussedWithoutDecision } from './place-filters-discussed-and-dropped.js';
import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import { RULING_OUT } from './place-list-triggers.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/**
 * "Maybe exclude Columbus?", "perhaps we should drop Newark?", "also outside Arizona?": a filter floated as a question, which counts as a
 * thought only when it ends in a question mark (a "maybe" in a statement still asks for it).
 */
const MUSED_CUE = String.raw`(?:maybe|perhaps|also|what\s+about|how\s+about)\s+(?:we\s+(?:should|could)\s+)?(?:also\s+)?(?:exclud(?:e|ing)|drop(?:ping)?|remov(?:e|ing)|skip(?:ping)?|cut(?:ting)?|leav(?:e|ing)\s+out|rul(?:e|ing)\s+out|keep(?:ing)?\s+out|limit(?:ing)?|restrict(?:ing)?|stick(?:ing)?\s+to|focus(?:ing)?\s+on|outside(?:\s+of)?|not\s+in)`;
/** The opening of a filter floated with "maybe", "perhaps", "also" or "what about". */
const MUSED_START = /^(?:maybe|perhaps|also|what\s+about|how\s+about)\b/;

/**
 * Words that open a filter thought about rather than asked for: "I wondered about excluding Phoenix", "we
 * considered adding a Phoenix exclusion", "I thought about limiting to warehouses", "should we limit the program
 * to warehouses?", "could we also look at excluding Atlanta?", "we talked about a Texas-free version", "whether
 * to include the Chicago assets", "we are exploring whether excluding New Jersey would help", "would we do Phoenix?", "we'd consider dropping Atlanta", "originally we said no
 * Newark", "we are minded to exclude Atlanta", "the draft said 'offices only'".
 */
const CONSIDERED_CUE = new RegExp(
  String.raw`\b(?:(?:i|we|she|he|they|the\s+(?:board|cfo|ceo|team|committee|treasurer))(?:\s+(?:are|am|is|was|were)|['\u2019](?:re|m|s))\s+(?:minded|inclined|tempted)\s+to|(?:i|we|she|he|they|someone|somebody|the\s+(?:board|cfo|ceo|team|committee))\s+(?:also\s+|briefly\s+|originally\s+|initially\s+|had\s+)?(?:thought|wondered|wonder|considered|talked|discussed|debated|floated|mulled|toyed|raised\s+the\s+idea)(?:\s+(?:about|of|over|with|adding|whether|if))?|(?:we|i)(?:['\u2019]re|['\u2019]m|\s+are|\s+am)\s+(?:also\s+)?(?:considering|wondering|debating|weighing|exploring)(?:\s+(?:whether|if))?|thinking\s+(?:about|of)(?:\s+(?:maybe|perhaps|possibly))?|(?:should|could|can|shall|would|do)\s+we\s+(?:also\s+|maybe\s+|perhaps\s+|still\s+)?(?:look\s+at|think\s+about|consider|limit|restrict|exclude|drop|remove|skip|cut|leave\s+out|rule\s+out|keep\s+out|stick\s+to|focus\s+on|include|add|keep|do(?!\s+with\b)|go\s+(?:with|into))|whether\s+(?:or\s+not\s+)?to|(?:would|might|may|could|['\u2019]d)\s+(?:later\s+|also\s+|eventually\s+|possibly\s+)?(?:consider|entertain)|\bfloated|(?:discussion|consideration)\s+of|(?:the|an?)\s+(?:exclusion|removal|carve-?out)\s+of|\ba\s+possible|(?:originally|initially|at\s+first|earlier)[,\s]+(?:we|i|they|the\s+(?:board|cfo|ceo|team|committee))\s+(?:said|wanted|asked\s+for|planned|proposed|had)|(?:mentioned|suggested|proposed)(?:\s+(?:that|we|maybe|perhaps|possibly))*|(?:we|i|they)\s+(?:were|was)\s+going\s+to|(?:would|do)\s+you\s+(?:like|want)\s+(?:us|me)\s+to|let['\u2019]?s\s+(?:think|talk)\s+about(?:\s+whether)?|(?:asked|wondered|queried)\s+whether|(?:the|an?|our)\s+(?:earlier\s+|previous\s+|first\s+)?(?:draft|version)\s+(?:said|read)|(?:a|the)\s+(?:suggestion|proposal|motion|request)\s+to|${MUSED_CUE})\b`,
  'g',
);
/** Where the thought ends: a question mark, a sentence's end, a semicolon, a line or a spaced dash ("drop Newark — let's not"). */
const CONSIDERED_END = /[?;!\n]|\.(?!\d)|\s[\u2013\u2014-]\s/;
/** How far a thought reaches at most. */
const CONSIDERED_REACH = 160;
/**
 * The thought turned down, in its own sentence after "but" ("... but no", "... but decided against it") or in the
 * sentence after it ("Probably not, let's not.", "Let's hold off on that for now.", "She said no, keep Atlanta in.",
 * "Neither is decided, so don't build them in.", "park that", "idk", "not sure", "management said it had not and would not be",
 * "Maybe later.", "but that's been reversed", "... if the lender pushes, but they haven't", "but we disagreed",
 * "Let's discuss Monday.", "but please ignore that for now").
 */
/** A question still open: "that is still under discussion", "it's being reviewed", "this remains an open point", "TBD". */
const STILL_OPEN = String.raw`(?:it|that|this)(?:['\u2019]s|\s+is|\s+was|\s+remains)\s+(?:still\s+)?(?:under\s+(?:discussion|review|consideration)|being\s+(?:discussed|debated|reviewed)|(?:an\s+)?open(?:\s+(?:question|point|item))?|tbd|to\s+be\s+(?:decided|confirmed|agreed))`;
/** An answer that the filter makes no difference, so none is asked for: "our view is it doesn't matter", "it won't make much difference". */
const MAKES_NO_DIFFERENCE = String.raw`(?:(?:our|my)\s+(?:view|take|sense|answer|advice)\s+is(?:\s+that)?\s+)?(?:it|that|this)\s+(?:doesn['\u2019]t|does\s+not|won['\u2019]t|will\s+not)\s+(?:matter|make\s+(?:a|any|much)\s+difference)`;
const TURNED_DOWN = String.raw`(?:no|nope|(?:please\s+)?(?:ignore|disregard)\s+(?:it|that|this|them|those)|idk|dunno|(?:i['\u2019]m\s+|we['\u2019]re\s+)?(?:not\s+sure|unsure)|no\s+idea|not\s+(?:now|yet|for\s+now|this\s+time)|probably\s+not|let['\u2019]?s\s+not|(?:let['\u2019]?s\s+|we['\u2019]ll\s+|we\s+will\s+|i['\u2019]d\s+)?hold\s+off|decided\s+against(?:\s+it)?|(?:she|he|they|we|management|the\s+(?:board|cfo|ceo|committee|company))\s+said\s+(?:no|(?:it|they|that)\s+(?:had|has|have|was|were|would|will)\s+not)|(?:neither|it|that|this)\s+(?:is|was)\s+(?:not\s+)?(?:un)?decided|(?:not|(?:have|has)n['\u2019]t|(?:have|has)\s+not)\s+(?:yet\s+)?decided|undecided|(?:with\s+)?no\s+decision|did\s+not\s+decide|didn['\u2019]t\s+decide|let['\u2019]?s\s+leave\s+(?:it|that|them)|(?:park|shelve|forget(?:\s+about)?)\s+(?:it|that|this)|decided\s+(?:not\s+to|to\s+keep)|(?:i|we)(?:['\u2019]d|\s+would)\s+rather\s+keep|(?:she|he|they|management|the\s+(?:board|cfo|ceo|committee|company|client|seller|lenders?))\s+(?:overruled|vetoed|rejected|nixed)|(?:we|i|she|he|they|management|the\s+(?:board|cfo|ceo|committee|company))\s+(?:disagreed|declined|pushed\s+back|objected|refused)|let['\u2019]?s\s+(?:discuss|revisit|talk\s+about)(?:\s+(?:it|that|this))?|(?:we|they|management|the\s+(?:board|cfo|ceo|committee|company|team))\s+(?:will|shall|plans?\s+to|intends?\s+to)\s+(?:revisit|return\s+to|come\s+back\s+to)|for\s+now(?![\s,]+(?:leave|keep|exclude|drop|hold|take)\s+(?:it|them|that|those)\b)|(?:not\s+in|for)\s+this\s+(?:round|tranche|deal|phase)|(?:maybe|perhaps|possibly|probably)\s+(?:later|another\s+time|next\s+(?:time|round|year))|(?:that|this|it)(?:['\u2019]s|\s+(?:has|was|is))\s+(?:since\s+)?(?:been\s+)?(?:reversed|overturned|scrapped|withdrawn|undone|walked\s+back)|(?:they|he|she|it|the\s+(?:lenders?|bank|banks|board|buyer))\s+(?:haven['\u2019]t|hasn['\u2019]t|didn['\u2019]t|won['\u2019]t|have\s+not|has\s+not|did\s+not)|${STILL_OPEN}|${MAKES_NO_DIFFERENCE})(?![a-z])`;
/**
 * Turned down within the thought's own sentence: "... but we've decided to keep Chicago in", "... but the treasurer
 * decided to keep it in", "..., then decided
 * against it", "(a suggestion to
 * exclude Newark) was discussed and not adopted".
 */
const TURNED_DOWN_WITHIN = new RegExp(
  String.raw`\b(?:but|(?:and\s+)?then)\s+(?:(?:we|i)(?:['\u2019]ve|\s+have)?\s+|(?:the\s+)?(?:treasurer|cfo|ceo|board|committee|client|seller|company|management|team|lenders?|bank|she|he|they)\s+(?:has\s+|have\s+)?)?${TURNED_DOWN}|\band\s+(?:(?:we|i|they)\s+)?(?:decided\s+(?:against|not\s+to)|rejected|dropped)\b|\bbut\s+(?:later\s+)?(?:confirmed|said|agreed|decided)\s+(?:that\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:stays?|remains?|is\s+staying)\s+in\b|\b(?:was|were)\s+(?:(?:discussed|considered|raised|debated)\s+(?:and|but)\s+)?(?:not\s+(?:adopted|taken\s+up|pursued|accepted)|rejected|turned\s+down|declined|voted\s+down)\b|\(\s*not\s+(?:adopted|pursued|approved|accepted|agreed)\s*\)`,
);
/** A plan told in the past ("we were going to", "I was going to say"), which a "but" after it abandons. */
const PLAN_CUE = /going\s+to$/;
/** The "but" that abandons a plan: "..., but Dana wants Houston in", "... but the lender objected". */
const PLAN_ABANDONED = /,?\s+but\b/;
/**
 * A thought put off to a later day, which asks for nothing now: "whether Phoenix should be in scope some day",
 * "selling the Atlanta office at some point".
 */
const DEFERRED_WITHIN =
  /\b(?:some\s*day|one\s+day|down\s+the\s+road|at\s+some\s+point|in\s+(?:the\s+)?future|(?:in\s+)?(?:a|the)\s+(?:later|next|future)\s+(?:round|tranche|phase))\b/;
/** The next sentence opens by turning it down, after an optional speaker ("Rachel:", "A:"). */
const TURNED_DOWN_NEXT = new RegExp(
  String.raw`^[\s"',\u2019\u201d)\-\u2013\u2014]*(?:(?:[a-z]+\s*:|a\s*[:.])\s*["'\u201c]?)?(?:(?:well|ok(?:ay)?|hmm|honestly|actually|so)[,\s]+)?(?:(?:what\s+do\s+you\s+think|thoughts)\s*\?\s*)?${TURNED_DOWN}`,
);
/** A proposal turned down before it is told: "The Committee rejected a proposal to exclude Atlanta", "the board voted down a motion to drop Newark". */
const REJECTED_BEFORE =
  /\b(?:rejected|turned\s+down|voted\s+down|declined|refused|did\s+not\s+(?:adopt|accept|approve)|didn['\u2019]t\s+(?:adopt|accept|approve))\s+$/;
/** Said before the thought: "Things we discussed but did NOT decide:", "Stuff I'm not asking for:". */
const TURNED_DOWN_BEFORE =
  /\b(?:did\s+not\s+decide|didn['\u2019]t\s+decide|not\s+decided|undecided|(?:i['\u2019]m|we['\u2019]re|i\s+am|we\s+are)\s+not\s+asking\s+for|not\s+(?:part\s+of\s+)?(?:the|this)\s+ask)\b[^.;!?\n]{0,40}:\s*[^:]{0,40}$/;

/**
 * Claims the places and types named in a filter that was thought about and turned down ("I wondered about excluding
 * Phoenix - what do you think? Let's hold off on that for now.", "should we limit the program to warehouses?
 * Probably not"), so that no reader turns them into filters, and returns a note for each. A thought that is not
 * turned down is left to the other readers ("Should we exclude Dallas? Yes." rules Dallas out).
 */
export function claimConsideredFilters(text: BriefText, vocabulary: PlaceVocabulary): string[] {
  // "A Newark carve-out was discussed and dropped": a filter named as a noun and let go.
  claimPlaceFiltersDiscussedAndDropped(text, vocabulary);
  // "Directors discussed the Houston and Dallas markets ... but made no decision": talked about, nothing decided.
  claimPlacesDiscussedWithoutDecision(text, vocabulary);
  const notes: string[] = claimQuestionsTakenBack(text, vocabulary);
  for (const cue of text.freeMatches(CONSIDERED_CUE)) {
    const rest = text.lower.slice(cue.index, cue.index + CONSIDERED_REACH);
    const stop = CONSIDERED_END.exec(rest.slice(cue[0].length));
    let end = cue.index + cue[0].length + (stop === null ? rest.length - cue[0].length : stop.index + 1);
    // "We considered selling the HQ but decided against it - exclude DAL-01": the thought ends where it is turned
    // down, and what follows is read as written.
    // "I was going to say exclude Texas, but Dana wants Houston in": a plan followed by "but" was not carried out.
    const within =
      TURNED_DOWN_WITHIN.exec(text.lower.slice(cue.index, end)) ??
      (PLAN_CUE.test(cue[0]) ? PLAN_ABANDONED.exec(text.lower.slice(cue.index, end)) : null);
    // "We are considering, but have not decided, excluding Houston": a turn-down set off by commas right after the
    // cue is an aside; the thought runs on past it, and is turned down all the same.
    const aside =
      within !== null &&
      /^\s*,\s*$/.test(text.lower.slice(cue.index + cue[0].length, cue.index + within.index)) &&
      text.lower[cue.index + within.index + within[0].length] === ',';
    if (within !== null && !aside) end = cue.index + within.index;
    // "Maybe exclude Columbus." states the filter; only "Maybe exclude Columbus?" floats it.
    if (MUSED_START.test(cue[0]) && text.lower[end - 1] !== '?') continue;
    const turnedDown =
      within !== null ||
      DEFERRED_WITHIN.test(text.lower.slice(cue.index, end)) ||
      TURNED_DOWN_NEXT.test(text.lower.slice(end, end + 120)) ||
      TURNED_DOWN_BEFORE.test(text.lower.slice(Math.max(0, cue.index - 120), cue.index)) ||
      REJECTED_BEFORE.test(text.lower.slice(Math.max(0, cue.index - 30), cue.index));
    if (!turnedDown) continue;
    const named = new Set<string>();
    for (let index = cue.index; index < end; index += 1) {
      if (!text.isFree(index, index + 1)) continue;
      const match = vocabulary.matchAt(text.lower, index, false, text.source);
      if (match === null || match.end > end || !text.isFree(match.start, match.end)) continue;
      text.claim(match.start, match.end);
      named.add(JSON.stringify(match.item));
      index = match.end - 1;
    }
    if (named.size === 0) continue;
    // "also outside Arizona? / no, AZ is fine": the answer that turns the thought down names the same place again.
    // "Originally we said no Newark but that's been reversed - Newark is fine": after the turn-down within the
    // sentence, the same place named again is let stay, like an answer's.
    claimNamedAgain(text, vocabulary, within === null || aside ? end : end + within[0].length, named);
    text.claim(cue.index, end);
    notes.push(
      `"${text.source.slice(cue.index, end).trim()}" was thought about and turned down: the places and types in it are not filters`,
    );
  }
  return notes;
}

/**
 * Claims the places and types of `named` that the answer starting at `from` names again, up to the end of its
 * sentence: the answer lets them stay ("no, AZ is fine"), and asks for nothing.
 */
function claimNamedAgain(text: BriefText, vocabulary: PlaceVocabulary, from: number, named: ReadonlySet<string>): void {
  const answer = /^\s*[^.;!?\n]{0,80}/.exec(text.lower.slice(from));
  const end = from + (answer?.[0].length ?? 0);
  // "Deferred to the next meeting; for now, the lab stays out": an answer that rules the thing out is read as written.
  const opener = TURNED_DOWN_NEXT.exec(text.lower.slice(from))?.[0].length ?? 0;
  if (RULING_OUT.test(text.lower.slice(from + opener, end))) return;
  for (let index = from; index < end; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '') || !text.isFree(index, index + 1)) continue;
    const match = vocabulary.matchAt(text.lower, index, true, text.source);
    if (match === null || match.end > end || !named.has(JSON.stringify(match.item)) || !text.isFree(match.start, match.end)) continue;
    text.claim(match.start, match.end);
    index = match.end - 1;
  }
}

/** "only data centers and labs? no, scrap that, ...": a question answered no and taken back. */
const QUESTION_TAKEN_BACK = /\?\s*(?:no|nope|nah)\b[\s,.\u2013\u2014-]*(?:scrap|forget|ignore|drop|cancel)\s+that\b/g;

/**
 * Claims the places and types of a question the brief answers no and takes back ("only data centers and labs? no,
 * scrap that, anything but data centers"), so that only the instruction after it is read. Returns a note for each.
 */
function claimQuestionsTakenBack(text: BriefText, vocabulary: PlaceVocabulary): string[] {
  const notes: string[] = [];
  for (const answer of text.freeMatches(QUESTION_TAKEN_BACK)) {
    const start = sentenceStartBefore(text, answer.index);
    let named = false;
    for (let index = start; index < answer.index; index += 1) {
      const match = text.isFree(index, index + 1) ? vocabulary.matchAt(text.lower, index, false, text.source) : null;
      if (match === null || match.end > answer.index) continue;
      named = true;
      index = match.end - 1;
    }
    if (!named) continue;
    const end = answer.index + answer[0].length;
    text.claim(start, end);
    notes.push(`"${text.source.slice(start, end).trim()}" takes the question back: the places and types in it are not filters`);
  }
  return notes;
}
