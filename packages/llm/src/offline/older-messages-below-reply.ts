import { quotedLines, type QuotedLine } from './reply-above-quoted-message.js';

// An email chain written newest first: the reply on top, the earlier messages below it, marked by a divider
// ("-----Original Message-----", "On Tue, Dana wrote:", below a reply) or by a note that the chain runs newest first ("Email thread
// (newest first)", "last reply on top") over messages opened by "From:". What the earlier messages state is older word,
// as lines quoted with "> " are: a setting the reply states wins over theirs.

/** A divider below a reply that opens the message it answers: "-----Original Message-----", "On Tue, Dana wrote:". */
const EARLIER_MESSAGE_DIVIDER =
  /^[^\S\n]*(?:-{2,}[^\S\n]*(?:original|previous)[^\S\n]+message[^\S\n]*-{2,}|on[^\S\n][^\n]{3,80}[^\S\n]wrote:)[^\S\n]*$/im;
/** A note that a chain runs newest first: "(newest first)", "latest on top", "last reply on top", "most recent first". */
const NEWEST_FIRST =
  /\b(?:newest|latest|most\s+recent|last)(?:\s+(?:reply|replies|message|messages|email|emails|one))?\s+(?:first|on\s+top|at\s+the\s+top)\b/i;
/** A message's first line in a chain: "From: Controller", "Sent by: Dana". */
const MESSAGE_HEAD = /^[^\S\n]*(?:from|sent\s+by)[^\S\n]*:/gim;

/** Where the earlier messages below a reply begin, or undefined when the brief is not a chain written newest first. */
function earlierMessagesStart(source: string): number | undefined {
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
