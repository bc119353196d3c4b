// An email or chat reply written above the message it answers, quoted below with "> " marks: "Please run it on IFRS 16
// and with 20-year leases" above "> Draft ask is $250M, 15-year terms, US GAAP". The reply is the newer word, so a
// setting read from the reply wins over one read from the quoted lines, wherever each stands; a setting only the quoted
// lines state is still read (a reply that only approves it, "OK, go").

/** Where a quoted line stands in the brief, its quote marks included. */
export interface QuotedLine {
  readonly start: number;
  readonly end: number;
}

/** A line quoted from an earlier message: one opening with ">" (after any spaces), as mail and chat clients quote. */
const QUOTED_LINE = /^[^\S\n]*>[^\n]*/gm;

/** The lines of a brief quoted from an earlier message, in text order; none in a brief without a quote mark. */
export function quotedLines(source: string): QuotedLine[] {
  if (!source.includes('>')) return [];
  return [...source.matchAll(QUOTED_LINE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * The readings to weigh, newest word first: those from the reply when the reply gives any, else all of them. Each
 * reading is known by where it starts; the order of the list is kept.
 */
export function preferReply<Reading extends { readonly start: number }>(
  readings: readonly Reading[],
  quoted: readonly QuotedLine[],
): Reading[] {
  if (quoted.length === 0) return [...readings];
  const inQuote = (reading: Reading): boolean => quoted.some((line) => line.start <= reading.start && reading.start < line.end);
  const fromReply = readings.filter((reading) => !inQuote(reading));
  return fromReply.length > 0 ? fromReply : [...readings];
}

/** Whether a position of the brief stands in a quoted line. */
export function inQuotedLine(position: number, quoted: readonly QuotedLine[]): boolean {
  return quoted.some((line) => line.start <= position && position < line.end);
}
