import type { BriefText } from './brief-text.js';
import { freePlaceAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { WRITER_ROLE } from './writer-roles.js';

/*
 * A message often closes with who wrote it, cell by cell: a closing word, then a name, initials, a job title or a
 * team, and last the place the writer sits in ("Cheers, FP&A Houston", "Thanks - Elena, AT, Dallas", "Yours faithfully,
 * Relationship Director, Atlanta"), or a signature line of title and team with the place in its last cell ("Director,
 * Corporate Development | Chicago"). The place says where the writer works, never where to sell. Other readers take the
 * shapes with a single name before the place; these are the shapes with a title or initials standing between them.
 */

/** The words that close a message, the longer first so that "Yours faithfully" is not read as a name. */
const CLOSING = String.raw`(?:yours\s+(?:faithfully|sincerely|truly)|kind\s+regards|best\s+regards|warm\s+regards|many\s+thanks|thank\s+you|thanks|thx|ty|cheers|regards|best|sincerely|rgds)`;
/**
 * A closing word where a sentence or a line starts, then its comma or dash: what opens a closing segment. Group `rest`
 * starts where the cells begin.
 */
const CLOSING_OPENING = new RegExp(
  String.raw`(?:^|[.!?][^\S\n]+|\n)[^\S\n]*${CLOSING}[!.,]?[^\S\n]*(?:[-\u2013\u2014,][^\S\n]*)?(?=\S)`,
  'g',
);
/** The separators of a signature's cells: commas, bars (read as colons), dashes between spaces. */
const CELL_SEPARATOR = /[^\S\n]*(?:,|:|[^\S\n][-\u2013\u2014]+[^\S\n])[^\S\n]*/g;
/** A whole cell that is a job title or a team: "FP&A", "Relationship Director", "Corporate Development". */
const ROLE_CELL = new RegExp(`^${WRITER_ROLE}$`);
/** A role written before or after the place in the last cell: "FP&A Houston", "Houston treasury", "Dallas office". */
const ROLE_BEFORE_PLACE = new RegExp(String.raw`^${WRITER_ROLE}[^\S\n]+`);
const AFTER_PLACE = new RegExp(String.raw`^(?:[^\S\n]+(?:${WRITER_ROLE}|office|site|hub|campus|branch|region|hq))?[^\S\n]*[.!]?[^\S\n]*$`);
/** A person's name as written: one to three words with capitals ("Elena", "Hannah Lee", "R. Cole"). */
const NAME_CELL = /^(?:[A-Z]\.[^\S\n]*)?[A-Z][a-z'-]+(?:[^\S\n]+(?:[A-Z]\.|[A-Z][a-z'-]+)){0,2}$/;
/** Initials or a short code as written: "AT", "J.K.", "RB". */
const INITIALS_CELL = /^(?:[A-Z]\.?){1,4}$/;
/** Words that make a line an ask rather than a signature: "Thanks, Dallas only", "Regards - no Houston". */
const ASKING_WORDS =
  /\b(?:only|just|exclud\w*|except|no|not|nothing|none|never|sell\w*|sold|keep|avoid|skip|drop|include\w*|target|raise|from|in|out)\b|[\d$%?]/;

/** A segment of a line whose cells are read as a signature: where it starts and whether a closing word opens it. */
interface Segment {
  readonly start: number;
  readonly end: number;
  readonly closed: boolean;
}

/**
 * Claims the place in the last cell of a closing segment or a signature line, in the last three lines of the text,
 * when every cell before it is a name, initials or a title and the segment asks for nothing.
 */
export function claimClosingSignaturePlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  const trimmedLength = text.lower.trimEnd().length;
  const lastLines = text.lower.slice(0, trimmedLength).split('\n').slice(-3).join('\n');
  const from = trimmedLength - lastLines.length;
  for (const segment of segments(text, from, trimmedLength)) {
    const place = signaturePlace(text, vocabulary, segment);
    // Every cell, with a site's word or a title beside the place ("logistics planning lead, Houston hub"): none of
    // their words is a type to sell either.
    if (place !== null) claimFreeSpan(text, place.start, place.end);
  }
}

/** The closing segments (a closing word to its line's end) and the whole lines from `from` to `to`. */
function segments(text: BriefText, from: number, to: number): Segment[] {
  const found: Segment[] = [];
  // From the newline before the first line, which opens a closing there.
  CLOSING_OPENING.lastIndex = Math.max(0, from - 1);
  for (let match = CLOSING_OPENING.exec(text.lower); match !== null && match.index < to; match = CLOSING_OPENING.exec(text.lower)) {
    const start = match.index + match[0].length;
    const lineEnd = text.lower.indexOf('\n', start);
    found.push({ start, end: lineEnd < 0 || lineEnd > to ? to : lineEnd, closed: true });
  }
  let lineStart = from;
  while (lineStart < to) {
    const lineEnd = text.lower.indexOf('\n', lineStart);
    const end = lineEnd < 0 || lineEnd > to ? to : lineEnd;
    const indent = /^[^\S\n]*/.exec(text.lower.slice(lineStart, end))?.[0].length ?? 0;
    found.push({ start: lineStart + indent, end, closed: false });
    lineStart = end + 1;
  }
  return found;
}

/**
 * A segment read as a signature, from its first cell to the end of its last, or null: the last cell holds the place (maybe with a title or a
 * site's word beside it), every other cell is a name, initials or a title, and a title stands somewhere or a closing
 * word opens the segment. A line without a closing word needs a title cell of its own ("Director, Corporate
 * Development | Chicago"), so that "Dallas, Houston" stays a list.
 */
function signaturePlace(text: BriefText, vocabulary: PlaceVocabulary, segment: Segment): { start: number; end: number } | null {
  const lower = text.lower.slice(segment.start, segment.end);
  if (ASKING_WORDS.test(lower.replace(/\b(?:head|director|vp)\s+of\s+/g, ''))) return null;
  const separators = [...lower.matchAll(CELL_SEPARATOR)];
  // A colon right after a word is a label's or a chat speaker's ("CFO: Houston"); a bar is read with a space before it.
  if (!segment.closed && separators.some((separator) => /^:/.test(separator[0]))) return null;
  const last = separators.at(-1);
  const lastStart = last === undefined ? 0 : (last.index ?? 0) + last[0].length;
  let hasTitle = false;
  let cellStart = 0;
  for (const separator of separators) {
    const cellEnd = separator.index ?? 0;
    const written = text.source.slice(segment.start + cellStart, segment.start + cellEnd).trim();
    const cellLower = lower.slice(cellStart, cellEnd).trim();
    if (written === '' || freePlaceAt(text, vocabulary, segment.start + cellStart) !== null) return null;
    if (ROLE_CELL.test(cellLower)) hasTitle = true;
    else if (!NAME_CELL.test(written) && !INITIALS_CELL.test(written)) return null;
    cellStart = cellEnd + separator[0].length;
  }
  const role = ROLE_BEFORE_PLACE.exec(lower.slice(lastStart));
  const placeStart = segment.start + lastStart + (role?.[0].length ?? 0);
  const place = freePlaceAt(text, vocabulary, placeStart);
  if (place === null || place.end > segment.end || !AFTER_PLACE.test(text.lower.slice(place.end, segment.end))) return null;
  const roleAfter = text.lower.slice(place.end, segment.end).trim().replace(/[.!]$/, '') !== '';
  // A bare place after a closing ("Cheers, Houston") could still be a last word about where to sell; a cell or a title must name the writer.
  if (separators.length === 0 && role === null && !roleAfter) return null;
  if (!segment.closed && !hasTitle) return null;
  const cellEnd = segment.start + lower.replace(/[^\S\n]*[.!]?[^\S\n]*$/, '').length;
  return { start: segment.start, end: Math.max(place.end, cellEnd) };
}

/** Claims every free run of characters from `start` to `end`, so that a word another reader took stays with it. */
function claimFreeSpan(text: BriefText, start: number, end: number): void {
  let run = -1;
  for (let position = start; position <= end; position += 1) {
    const free = position < end && text.isFree(position, position + 1);
    if (free && run < 0) run = position;
    else if (!free && run >= 0) {
      text.claim(run, position);
      run = -1;
    }
  }
}
