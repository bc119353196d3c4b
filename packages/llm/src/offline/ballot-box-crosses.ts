/*
 * A checklist that ticks with the ballot box's tick (☑) and marks its other items with the ballot box's X (☒): beside
 * the tick, the X is the option not taken ("☑ $90M ask", "☒ Southeast only"), where on its own it ticks the item. Each
 * item's state is read against the marks of its whole list.
 */

/** The ballot box with a tick, and the ballot box with an X. */
const BALLOT_TICK = '\u2611';
const BALLOT_X = '\u2612';

/** The parts of a checklist item this needs: where its mark stands, and the state it was read in. */
interface MarkedLine {
  readonly markStart: number;
  readonly markEnd: number;
  readonly state: 'ticked' | 'crossed' | 'empty' | 'bullet';
}

/** The items of one list, with the ballot box's X read as a cross when another item of the list has its tick. */
export function withBallotCrosses<Line extends MarkedLine>(text: string, lines: Line[]): Line[] {
  const markOf = (line: Line): string => text.slice(line.markStart, line.markEnd).trim();
  if (!lines.some((line) => markOf(line) === BALLOT_TICK)) return lines;
  return lines.map((line) => (markOf(line) === BALLOT_X ? { ...line, state: 'crossed' } : line));
}
