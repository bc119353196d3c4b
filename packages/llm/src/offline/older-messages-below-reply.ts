import { quotedLines, type QuotedLine } from './reply-above-quoted-message.js';

// An email chain written newest first: the reply on top, the earlier messages below it, marked by a divider
// ("-----Original Message-----", "On Tue, Dana wrote:", below a reply), by a note that the chain runs newest first ("Email thread
// (newest first)", "last reply on top") over messages opened by "From:", or by mail headers whose subjects lose a
// reply mark from one message to the next ("RE: RE: FW:" over "RE: FW:"). What the earlier messages state is older word,
// as lines quoted with "> " are: a setting the reply states wins over theirs.

/** A divider below a reply that opens the message it answers: "-----Original Message-----", "On Tue, Dana wrote:". */
const EARLIER_MESSAGE_DIVIDER =
  /^[^\S\n]*(?:-{2,}[^\S\n]*(?:original|previous)[^\S\n]+message[^\S\n]*-{2,}|on[^\S\n][^\n]{3,80}[^\S\n]wrote:)[^\S\n]*$/im;
/** A note that a chain runs newest first: "(newest first)", "latest on top", "last reply on top", "most recent first". */
const NEWEST_FIRST =
  /\b(?:newest|latest|most\s+recent|last)(?:\s+(?:reply|replies|message|messages|email|emails|one))?\s+(?:first|on\s+top|at\s+the\s+top)\b/i;
/** A message's first line in a chain: "From: Controller", "Sent by: Dana". */
const MESSAGE_HEAD = /^[^\S\n]*(?:from|sent\s+by)[^\S\n]*:/gim;

/**
 * A message's header as a mail program pastes it: "From:", then "Sent:", maybe "To:" and "Cc:", then "Subject:", the
 * subject in the group `subject`.
 */
const MAIL_HEADER =
  /^[^\S\n]*from[^\S\n]*:[^\n]*\n[^\S\n]*sent[^\S\n]*:[^\n]*\n(?:[^\S\n]*(?:to|cc)[^\S\n]*:[^\n]*\n){0,2}[^\S\n]*subject[^\S\n]*:(?<subject>[^\n]*)/gim;

/** How many reply and forward marks open a subject: "RE: RE: FW: SLB sizing" has three. */
function replyMarks(subject: string): number {
  return /^(?:[^\S\n]*(?:re|fw|fwd)[^\S\n]*:)*/i.exec(subject)?.[0].match(/:/g)?.length ?? 0;
}

/**
 * Where the second message of a pasted chain begins when the chain runs newest first by its subjects: each message has
 * a mail header, and the first's subject carries more reply marks than the second's ("RE: RE: FW: SLB sizing" over
 * "RE: FW: SLB sizing"), as a reply pasted above what it answers does.
 */
function olderByReplyMarks(source: string): number | undefined {
  const headers = [...source.matchAll(MAIL_HEADER)];
  const [first, second] = headers;
  if (first === undefined || second === undefined) return undefined;
  return replyMarks(first.groups?.['subject'] ?? '') > replyMarks(second.groups?.['subject'] ?? '') ? second.index : undefined;
}

/** Where the earlier messages below a reply begin, or undefined when the brief is not a chain written newest first. */
function earlierMessagesStart(source: string): number | undefined {
  const byMarks = olderByReplyMarks(source);
  if (byMarks !== undefined) return byMarks;
  // A divider with no reply above it opens the brief's only message (a forward), which is no older word.
  const divider = EARLIER_MESSAGE_DIVIDER.exec(source);
  if (divider !== null && /\S/.test(source.slice(0, divider.index))) return divider.index;
  const note = NEWEST_FIRST.exec(source);
  if (note === null) return undefined;
  // The first message, on the lines after the note, is the newest; every message opened after its first line is older.
  // Its own "From:" may already have been read as who writes, so the first line counts whatever opens it.
  const firstLine = /\n[^\S\n]*\S[^\n]*/.exec(source.slice(note.index));
  if (firstLine === null) return undefined;
  const firstLineEnd = note.index + firstLine.index + firstLine[0].length;
  return [...source.matchAll(MESSAGE_HEAD)].find((head) => head.index >= firstLineEnd)?.index;
}

/**
 * The lines quoted from an earlier message, with "> " marks or in the earlier messages of a chain written newest first,
 * in text order: what a setting read from the reply wins over.
 */
export function quotedOrEarlierLines(source: string): QuotedLine[] {
  const quoted = quotedLines(source);
  const start = earlierMessagesStart(source);
  if (start === undefined) return quoted;
  return [...quoted.filter((line) => line.end <= start), { start, end: source.length }];
}
