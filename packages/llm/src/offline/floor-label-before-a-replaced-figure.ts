/**
 * A floor's label whose figure was replaced in a reply, the reply's figure now standing after the label with only the
 * blanked words of the old figure and the reply between: "> Floor: $100M" then "Reply from Anil: make the floor $105M"
 * reads as "> Floor:" and blanks before "$105M"; "The floor was going to be $90M, but let's say $100M instead" as "The
 * floor was going to be" and blanks. The label still names what the new figure is, so it is the floor.
 * Read by `readAmounts`, whose clause for the figure starts after the blanks.
 */

/**
 * A floor's label at the start of its line, a quote mark or bullet before it, then only blanks up to the figure; or the
 * floor named in a sentence of what it was to be ("The floor was going to be $90M, but let's say $100M instead"), the
 * old figure and the words replacing it blanked.
 */
const FLOOR_LABEL_THEN_BLANKS =
  /(?:(?:^|\n)[^\S\n]*(?:>[^\S\n]*)*(?:[-*\u2022][^\S\n]*)?(?:floor|minimum|min|walk[-\s]?away|fall[-\s]?back)(?:[^\S\n]+(?:amount|proceeds))?[^\S\n]*:|\b(?:the|our)[^\S\n]+(?:floor|minimum)[^\S\n]+(?:was(?:[^\S\n]+going[^\S\n]+to[^\S\n]+be)?|had[^\S\n]+been|would[^\S\n]+have[^\S\n]+been))[^\S\n]{2,}$/;

/**
 * The floor's label before the amount at `amountStart`, across the blanks of a replaced figure, with its index counted
 * from `clauseStart` as the other floor cues' are; null when the words before the amount are no such label.
 */
export function floorLabelBeforeReplacedFigure(lower: string, clauseStart: number, amountStart: number): RegExpExecArray | null {
  const windowStart = Math.max(0, amountStart - 200);
  const label = FLOOR_LABEL_THEN_BLANKS.exec(lower.slice(windowStart, amountStart));
  // Only where words were blanked: a label written with its figure a few spaces on is read by the label readers.
  if (label === null || !/[^\S\n]{6,}$/.test(label[0])) return null;
  label.index += windowStart - clauseStart;
  return label;
}
