import type { BriefText } from './brief-text.js';
import { freePlacesIn } from './free-place-at.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import { ASK_WORDS } from './message-origin-places.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * Places that say where other people sit or where the writer met someone, which ask for no market:
 * - a person shown with their place in a bracket among the people of a call: "the call with Tom (Phoenix) and Ines",
 *   "cc Maya (Dallas),";
 * - a person named by where they sit, then what they did or want: "Lena in Newark asked for the rent schedule", "Omar
 *   from Chicago said he'd join";
 * - a pleasantry about meeting: "Great seeing you at the conference in Atlanta.", "Nice to meet you in Phoenix last
 *   week.";
 * - a header row of someone's details: "Name | Role | Company | Dallas";
 * - a line marked as needing nothing: "Houston yard cited as a good example — no action", "(FYI only)".
 */

/** A capitalised first name after a word that lists people, then the bracket's opening (anchored at the end). */
const PERSON_BRACKET_BEFORE = /\b(?:with|cc|and|by|to)[^\S\n]+[A-Z][a-z]{1,15}[^\S\n]*\([^\S\n]*$/;
/** The bracket's end, then another person or the end of the clause: ") and Sara", "),", "):". */
const PERSON_BRACKET_AFTER = /^[^\S\n]*\)[^\S\n]*(?:(?:and|&)[^\S\n]+[A-Z][a-z]{1,15}\b|[,:;.]|$)/;

/** A capitalised first name that opens a clause, then where the person sits (anchored at the end). */
const PERSON_PLACED_BEFORE = /(?:^|[\n.!?;(]\s*|\b(?:and|but|also)\s+)[A-Z][a-z]{1,15}[^\S\n]+(?:in|from|at)[^\S\n]+(?:the[^\S\n]+)?$/;
/** Capitalised words that open an ask or a heading, never a person. */
const NOT_A_PERSON =
  /^(?:only|exclude|excluding|except|sell|selling|keep|avoid|skip|drop|no|not|none|nothing|include|including|anything|everything|assets|sites|buildings|properties|markets|all|any|raise|ask|target|proceeds|warehouses|offices|plants|stores|labs|dcs)$/i;
/** What the person did or wants after the place: "asked", "said", "wants", "will send", "mentioned". */
const PERSON_ACTS =
  /^(?:[^\S\n]+(?:office|team|hub|site))?[^\S\n]+(?:asked|asks|said|says|mentioned|mentions|wants|wanted|needs|needed|thinks|thought|suggested|suggests|flagged|flags|noted|notes|sent|sends|called|calls|emailed|will|would|is|was|has|had|can|could)\b/;

/** A pleasantry about seeing someone, at the opening of its sentence. */
const MEETING_PLEASANTRY =
  /^\s*(?:(?:it\s+was\s+)?(?:great|good|nice|lovely|fun|a\s+pleasure)\s+(?:seeing|meeting|catching\s+up\s+with|to\s+(?:see|meet|catch\s+up\s+with))|(?:thanks|thank\s+you)\s+for\s+(?:hosting|having|meeting))\b/;

/** The labels of someone's details in a header row: "name", "title", "company", "email". */
const DETAIL_LABEL =
  /^(?:name|full\s+name|title|job\s+title|role|position|company|organi[sz]ation|org|department|dept|email|e-mail|phone|tel|mobile)$/;

/** A remark that a line needs nothing done: "— no action", "(no action needed)", "FYI only". */
const NO_ACTION =
  /(?:[\u2013\u2014-]|\(|,|;)\s*(?:no\s+action(?:\s+(?:needed|required|taken|for\s+now))?|for\s+(?:info|information|reference)\s+only|fyi(?:\s+only)?)\s*\)?\s*(?:[.!]\s*)?$/;

/** Whether the place at [start, end) is the place of a person among others, or of a person named by where they sit. */
function isPersonsPlace(text: BriefText, start: number, end: number): boolean {
  const before = text.source.slice(Math.max(0, start - 60), start);
  const after = text.source.slice(end, end + 60);
  if (PERSON_BRACKET_BEFORE.test(before) && PERSON_BRACKET_AFTER.test(after)) return true;
  const placed = PERSON_PLACED_BEFORE.exec(before);
  if (placed === null) return false;
  const name = /([A-Z][a-z]{1,15})[^\S\n]+(?:in|from|at)[^\S\n]+(?:the[^\S\n]+)?$/.exec(before)?.[1] ?? '';
  return !NOT_A_PERSON.test(name) && PERSON_ACTS.test(text.lower.slice(end, end + 40));
}

/** Whether the line holding `index` is a header row of someone's details: two labels or more among its cells. */
function isDetailsRow(text: BriefText, index: number): boolean {
  const start = text.lower.lastIndexOf('\n', index - 1) + 1;
  const end = text.lower.indexOf('\n', index);
  const cells = text.lower.slice(start, end < 0 ? text.lower.length : end).split(/[|\t:]/);
  return cells.length >= 3 && cells.filter((cell) => DETAIL_LABEL.test(cell.trim())).length >= 2;
}

/** Whether the sentence holding [start, end) is a pleasantry about meeting, or a line marked as needing nothing. */
function isRemarkAskingNothing(text: BriefText, start: number, end: number): boolean {
  const from = sentenceStartBefore(text, start);
  const to = sentenceEndAfter(text, end);
  const sentence = text.lower.slice(from, to);
  if (MEETING_PLEASANTRY.test(sentence)) return !ASK_WORDS.test(sentence);
  const lineEnd = text.lower.indexOf('\n', end);
  const line = text.lower.slice(text.lower.lastIndexOf('\n', start - 1) + 1, lineEnd < 0 ? text.lower.length : lineEnd);
  const remark = NO_ACTION.exec(line);
  return remark !== null && !ASK_WORDS.test(line.slice(0, remark.index));
}

/**
 * Claims the places of other people (on a call, or named by where they sit), of a pleasantry about meeting, of a header
 * row of someone's details, and of a line marked as needing nothing, so that none of them asks for a market.
 */
export function claimColleagueAndEventPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const place of freePlacesIn(text, vocabulary)) {
    if (
      isPersonsPlace(text, place.start, place.end) ||
      isDetailsRow(text, place.start) ||
      isRemarkAskingNothing(text, place.start, place.end)
    )
      text.claim(place.start, place.end);
  }
}
