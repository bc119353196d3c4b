import type { BriefText } from './brief-text.js';
import { freePlaceAt as placeAt, freePlacesIn } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { WRITER_ROLE } from './writer-roles.js';

/*
 * What closes a message says who wrote it and from where: a signature line of bars ("Maya Chen | Senior Analyst |
 * Northwind Logistics | Newark, NJ", "FP&A | Atlanta"), a dashed line of name, role and place ("— Dana, Facilities,
 * Phoenix"), a name with its site in a bracket after a thank-you ("Thx —
 * Lina (Columbus hub)"), and a device's or a traveller's "Sent from Phoenix airport". None of these places is where to
 * sell.
 */

/** A word of a site or a team after a place in a signature's bracket: "(Columbus hub)", "(Dallas office)". */
const SITE_NOUN = '(?:hub|office|site|team|plant|dc|campus|branch|desk|region|ops|finance|fp&a|hq)';
/**
 * A thank-you or a closing, then a name and a bracket: "Thx — Lina (Columbus hub)", "Thanks, Omar (Newark)",
 * "Best, R. Cole (Houston office)". Group `inside` is the bracket's content.
 */
const CLOSING_BRACKET =
  /\b(?:thanks|thx|thank\s+you|ty|cheers|regards|best|kind\s+regards|many\s+thanks)\b[!.,]?[^\S\n]*(?:[-\u2013\u2014,][^\S\n]*)?[a-z][a-z.'-]*(?:[^\S\n]+[a-z][a-z.'-]*)?[^\S\n]*\((?<inside>[^()\n]{2,40})\)/g;
/**
 * A thank-you or a closing, then a name, a comma and the writer's place with its team: "Thanks — Felix, Houston FP&A",
 * "Cheers, Ana, Dallas office". Only at the end of a line, so that "Thanks, Dallas only please" stays an ask.
 */
const CLOSING_COMMA =
  /\b(?:thanks|thx|thank\s+you|ty|cheers|regards|best|kind\s+regards|many\s+thanks)\b[!.,]?[^\S\n]*(?:[-\u2013\u2014,][^\S\n]*)?[a-z][a-z.'-]*(?:[^\S\n]+[a-z][a-z.'-]*)?[^\S\n]*,[^\S\n]*/g;
/**
 * A capitalised name, then a bracket of the writer's team and place, then "here": "Ines (Corporate Dev, Atlanta) here".
 * Group `inside` is the bracket's content.
 */
const NAME_BRACKET_HERE = /\b[a-z][a-z.'-]*[^\S\n]*\((?<inside>[^()\n]{2,40})\)[^\S\n]+here\b/g;
/**
 * A dash closing the text, then a name, a comma and the writer's role with no comma before the place: "- Marco, FP&A
 * Houston" (anchored to the text's end by the place that follows; the place is read after the match).
 */
const DASHED_CLOSING = new RegExp(
  String.raw`(?:^|[.!?][^\S\n]+|\n)[-\u2013\u2014]+[^\S\n]*[a-z][a-z.'-]*(?:[^\S\n]+[a-z][a-z.'-]*)?[^\S\n]*,[^\S\n]*(?:${WRITER_ROLE}[^\S\n]*,?[^\S\n]*)?(?=[a-z][a-z .'-]{1,30}[.!]?\s*$)`,
);
/** What may follow a place in a closing's bracket: at most a word of a site or a team ("(Columbus hub)"). */
const SITE_AFTER_PLACE = new RegExp(String.raw`^(?:\s+${SITE_NOUN})?\s*$`);
/** What may follow the writer's place after a closing's comma: a site or a role, then the end of the line. */
const TEAM_AFTER_PLACE = new RegExp(String.raw`^(?:\s+(?:${SITE_NOUN}|${WRITER_ROLE}))?[^\S\n]*(?:\n|$)`);
/**
 * A dashed signature line: a dash, a name, a comma, the writer's role or team, a comma, then the place ("— Dana,
 * Facilities, Phoenix", "- Carla Nguyen, Assistant Treasurer, Atlanta"). Group `role` is the role's cell.
 */
const DASHED_SIGNATURE = new RegExp(
  String.raw`^[^\S\n]*[-\u2013\u2014]+[^\S\n]*[a-z][a-z.'-]*(?:[^\S\n]+[a-z][a-z.'-]*){0,2}[^\S\n]*,[^\S\n]*(?<role>${WRITER_ROLE}),[^\S\n]*`,
  'gm',
);
/** "Sent from Phoenix airport", "(sent from my phone in Dallas)", "sent from my phone, Columbus": where a message was written. */
const SENT_FROM = /\bsent\s+from\s+(?:my\s+[a-z]+(?:\s+(?:in|at)|[^\S\n]*[,\u2013\u2014-])[^\S\n]+)?(?:the\s+)?/g;
/** A line of two to five cells split by bars (colons in the reading copy), none holding a figure. */
const BARRED_LINE = /^[^\S\n]*[^:\n\d$%]{1,60}(?::[^:\n\d$%]{1,60}){1,4}[^\S\n]*$/gm;
const ROLE_CELL = new RegExp(`^(?:${WRITER_ROLE})$`);
/** Words that make a barred line an ask rather than a signature: "Analyst | Phoenix only". */
const ASKING_WORDS = /\b(?:only|exclud\w*|except|no|not|nothing|none|never|sell\w*|keep|avoid|include\w*|target)\b/;

/**
 * Claims the places in a closing's bracket, after "sent from", and in a signature line of bars that holds a job title,
 * so that the writer's place asks for nothing.
 */
export function claimSignOffPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(CLOSING_BRACKET)) {
    const inside = match.groups?.['inside'] ?? '';
    const start = match.index + match[0].length - 1 - inside.length;
    claimBracketPlace(text, vocabulary, start, inside);
  }
  // "Hi all, Ines (Corporate Dev, Atlanta) here.": a name introduced with its bracket, then "here".
  for (const match of text.freeMatches(NAME_BRACKET_HERE)) {
    const inside = match.groups?.['inside'] ?? '';
    if (/^[A-Z]/.test(text.source.slice(match.index)) && !ASKING_WORDS.test(inside))
      claimBracketPlace(text, vocabulary, match.index + match[0].indexOf('(') + 1, inside);
  }
  // "... (DAL-01). - Marco, FP&A Houston": a dash, a name and the writer's team and place close the whole text.
  const closing = DASHED_CLOSING.exec(text.lower);
  if (closing !== null && !ASKING_WORDS.test(closing[0])) {
    const place = placeAt(text, vocabulary, closing.index + closing[0].length);
    if (place !== null && SITE_AFTER_PLACE.test(text.lower.slice(place.end).replace(/[.!]\s*$/, ''))) text.claim(place.start, place.end);
  }
  for (const match of text.freeMatches(CLOSING_COMMA)) {
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    if (place !== null && TEAM_AFTER_PLACE.test(text.lower.slice(place.end))) text.claim(place.start, place.end);
  }
  // A dashed signature sits after the ask, on one of the last two lines, and asks for nothing itself.
  const lastTwo = text.lower.trimEnd().split('\n').slice(-2).join('\n');
  const signatureFrom = text.lower.trimEnd().length - lastTwo.length;
  for (const match of text.freeMatches(DASHED_SIGNATURE)) {
    if (match.index < signatureFrom || ASKING_WORDS.test(match[0])) continue;
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    if (place !== null && TEAM_AFTER_PLACE.test(text.lower.slice(place.end))) text.claim(place.start, place.end);
  }
  for (const match of text.freeMatches(SENT_FROM)) {
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    if (place !== null) text.claim(place.start, place.end);
  }
  // A signature sits after the ask: only in the last three lines of the brief.
  const lastLines = text.lower.split('\n').slice(-3).join('\n');
  const from = text.lower.length - lastLines.length;
  for (const match of text.freeMatches(BARRED_LINE)) {
    if (match.index < from) continue;
    const cells = match[0].split(':').map((cell) => cell.trim());
    // Bars, which the reading copy writes as colons with a space before, not a chat's "COO: ...".
    if (!/\s:/.test(match[0]) || !cells.some((cell) => ROLE_CELL.test(cell)) || ASKING_WORDS.test(match[0])) continue;
    for (const place of freePlacesIn(text, vocabulary, match.index, match.index + match[0].length)) text.claim(place.start, place.end);
  }
}

/**
 * Claims the writer's place in a closing's bracket: the bracket's first cell ("(Columbus hub)"), or its last cell
 * after an initial or a team ("(AT, Dallas office)", "(CFO office, Atlanta)"), with at most a word of a site or a
 * team after the place, so that "(Dallas excluded)" still rules out.
 */
function claimBracketPlace(text: BriefText, vocabulary: PlaceVocabulary, start: number, inside: string): void {
  const lastComma = inside.lastIndexOf(',');
  const cells = lastComma < 0 ? [0] : [0, lastComma + 1];
  for (const cell of cells) {
    const from = start + cell + (/^\s*/.exec(inside.slice(cell))?.[0].length ?? 0);
    const place = placeAt(text, vocabulary, from);
    if (place === null || !SITE_AFTER_PLACE.test(text.lower.slice(place.end, start + inside.length))) continue;
    text.claim(place.start, place.end);
    return;
  }
}
