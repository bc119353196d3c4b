/**
 * An ask replaced by another in wording the self-correction readers (`superseded-figures.ts`, `revised-figures.ts`)
 * do not know: a draft's figure and the corrected number after it ("draft said $165M, corrected number is $140 mil"),
 * a figure taken back with an apology or "actually" before "make that" ("raise 215 million dollars... sorry, $175m",
 * "USD 45m — sorry, correction: make that $55m", "$65 million ... actually, make it US$ 70 million"), an update in
 * brackets ("$75 million (update: the number is now $85,000,000)"), a placeholder said to be superseded ("The Q2 deck
 * showed $250 million as a placeholder; that number is superseded"), a table row labelled as replaced ("Target (draft,
 * replaced) | USD 150m"), and a chat line that replaces the figure on the line before it ("target 400mm" then "wait no,
 * $375 million", "↳ $270 m — treasurer cut it"); and a figure someone else floated, disowned in its sentence ("Someone in
 * a hallway said $70m, but that was never our number"). Read by `BriefText`: the figure taken back and the words that take it
 * back are read as nothing, so that the figure standing now is the ask.
 */
import { ARROW_STAND_IN, ELLIPSIS_STAND_IN } from './reading-stand-ins.js';
import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** An amount of money with a currency mark or a scale: "$165M", "USD 150m", "215 million dollars", "115mm", "250 mio". */
const MONEY = String.raw`(?<![\w.$])(?:(?:us\$|usd|\$)[^\S\n]*\d[\d,]*(?:\.\d+)?(?:[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE}|k))?|\d[\d,]*(?:\.\d+)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE}))(?:[^\S\n]+(?:dollars|usd))?(?![a-z\d])`;

/** A chat line's time and speaker: "[13:41] Yuki Tanaka: ", "Dana: ". */
const CHAT_SPEAKER = String.raw`(?:\[\d{1,2}:\d{2}\][^\S\n]*)?[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff.'-]{0,20}(?:[^\S\n]+[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff.'-]{0,20})?[^\S\n]*:[^\S\n]*`;

/**
 * A draft's figure and the corrected one after it: "draft said $165M, corrected number is $140 mil", "the old deck had
 * $120,000,000; the revised figure is USD 150m". Only the words before the corrected figure are matched.
 */
const DRAFT_THEN_CORRECTED = new RegExp(
  String.raw`\b(?:the[^\S\n]+)?(?:(?:old|earlier|first|previous|original)[^\S\n]+)?(?:draft|deck|version|memo|e-?mail)[^\S\n]+(?:said|had|showed|was|used)[^\S\n]+${MONEY}[^\S\n]*[,;]?[^\S\n]*(?:(?:but|and|the)[^\S\n]+)*(?:corrected|revised|updated|new|right|correct|final|actual)[^\S\n]+(?:number|figure|amount|ask|target)[^\S\n]+(?:is|=)[^\S\n]+(?:now[^\S\n]+)?(?=${MONEY})`,
  'g',
);

/**
 * A figure taken back with an apology, "actually" or "correction" and the figure that replaces it: "215 million
 * dollars... sorry, $175m", "USD 110m in cash — sorry, correction: make that $120 million", "$65 million ... actually,
 * make it US$ 70 million". The words naming what the money is for ("of proceeds", "in cash") may come between.
 */
const TAKEN_BACK_WITH_APOLOGY = new RegExp(
  String.raw`${MONEY}(?:[^\S\n]+(?:of|in)[^\S\n]+(?:sale[^\S\n]+)?(?:proceeds|cash))?[^\S\n]*(?:\.{2,}|${ELLIPSIS_STAND_IN}|[-\u2013\u2014]+|,)?[^\S\n]*(?:(?:sorry|actually|correction|oops|wait)[^\S\n]*[,:.!-]?[^\S\n]*)+(?:(?:make|call)[^\S\n]+(?:that|it)[^\S\n]*[,:]?[^\S\n]*|i[^\S\n]+mean[^\S\n]+)?(?=${MONEY})`,
  'g',
);

/** An update in brackets after a figure: "$75 million (update: the number is now $85,000,000)". */
const UPDATED_IN_BRACKETS = new RegExp(
  String.raw`${MONEY}[^()\n]{0,80}?\([^\S\n]*(?:update|updated|correction|edit|revised|revision)[^\S\n]*[:-][^\S\n]*(?:the[^\S\n]+)?(?:number|figure|ask|target|amount)[^\S\n]+is[^\S\n]+now[^\S\n]+(?=${MONEY})`,
  'g',
);

/**
 * A figure said to be superseded after a semicolon or a comma: "showed $250 million as a placeholder; that number is
 * superseded", "our previous letter stated $140 million; please treat that as superseded". The same sentence without the punctuation is read by the market-commentary reader.
 */
const SUPERSEDED_AFTER = new RegExp(
  String.raw`${MONEY}[^.!?\n]{0,60}?[;,][^\S\n]*(?:(?:that|this|the|which)(?:[^\S\n]+(?:number|figure|amount))?[^\S\n]+(?:is|was|has[^\S\n]+been)[^\S\n]+(?:now[^\S\n]+)?|(?:please[^\S\n]+)?(?:treat|consider|regard)[^\S\n]+(?:that|this|it)(?:[^\S\n]+(?:number|figure|amount))?[^\S\n]+as[^\S\n]+)(?:superseded|replaced|obsolete|withdrawn|out[^\S\n]+of[^\S\n]+date|stale)\b`,
  'g',
);

/**
 * A table row whose label marks it replaced ("Target (draft, replaced) : USD 150m", "Cap (v2, superseded) | 30 | %"):
 * the whole row is an earlier version, the row after it the one that stands.
 */
const REPLACED_ROW =
  /(?<=^|\n)[^\S\n]*[a-z][^:|\t\n()]{0,60}\((?:[^()\n]{0,20}[,;][^\S\n]*)?(?:replaced|superseded|withdrawn|obsolete)\)[^\n]*/g;

/**
 * A chat line that replaces the figure of the line before it: "wait no, $375 million", "↳ USD 210 mio — treasurer cut
 * it", "correction: $90M". Matched from the start of the line after the speaker to the new figure.
 */
const CHAT_REPLACEMENT = new RegExp(
  String.raw`(?<=^|\n)[^\S\n]*(?<speaker>${CHAT_SPEAKER})(?<words>(?:${ARROW_STAND_IN}|\u00a4)[^\S\n]*|(?:(?:wait|no|sorry|correction|actually|scratch\s+that)[^\S\n]*[,:.!-]?[^\S\n]*)+(?:make[^\S\n]+(?:that|it)[^\S\n]*[,:]?[^\S\n]*)?)(?=${MONEY})`,
  'g',
);

/**
 * A figure floated by someone else and disowned in the same sentence: "Someone in a hallway said $70m, but that was
 * never our number", "The broker floated 95mm at one point, ignore that", "the bank's model assumed 200 million but
 * that's their pitch, not ours" (another party's). The whole figure and its disowning are read
 * as nothing; a figure disowned with words after it ("ignore that rent cap") is left to the other readers.
 */
const DISOWNED_FIGURE = new RegExp(
  String.raw`${MONEY}[^.!?;\n$()\d]{0,40}?[,;-]?[^\S\n]*(?:(?:but|and)[^\S\n]+)?(?:(?:that|this|it)[^\S\n]+(?:was|is|has)[^\S\n]+(?:never|not)[^\S\n]+(?:been[^\S\n]+)?(?:our|the)[^\S\n]+(?:number|figure|ask|target)|(?:that|this|it)(?:'s|[^\S\n]+(?:is|was))[^\S\n]+(?:their|his|her)[^\S\n]+(?:pitch|number|figure|idea|view|proposal)(?:[^\S\n]*,?[^\S\n]*not[^\S\n]+(?:ours|mine))?|(?:please[^\S\n]+)?(?:ignore|disregard)[^\S\n]+(?:that|it|this))(?=[^\S\n]*(?:[.!;)]|\n|$))`,
  'g',
);

/**
 * A floor or an ask taken back in the next sentence with "wait" or "sorry" and restated by its name: "floor $130M.
 * Wait, the floor should be $125M", "target of $90M. Sorry, the target should read $85M". Only the earlier figure, its
 * name and the apology are matched, so that the restated figure keeps its own name (and is read as a floor if it is
 * one); the same name must open the restatement, so that "target $150M. Sorry, the floor should be..." takes nothing
 * back.
 */
const RESTATED_BY_NAME = new RegExp(
  String.raw`\b(?<name>floor|minimum|target|ask)[^\S\n]*(?:of|is|at|:)?[^\S\n]*${MONEY}[^\S\n]*[.;,]?[^\S\n]*(?:(?:wait|sorry|actually|correction|oops)[^\S\n]*[,:.!-]?[^\S\n]*)+(?=(?:the[^\S\n]+)?\k<name>[^\S\n]+(?:should|must|needs[^\S\n]+to|ought[^\S\n]+to)[^\S\n]+(?:be|read)\b)`,
  'g',
);

/** The last money figure in a piece of text. */
const ANY_MONEY = new RegExp(MONEY, 'g');

/** The spans to read as nothing: every ask replaced in these wordings, and the words that replace it. */
export function replacedAskSpans(lower: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const pattern of [
    DRAFT_THEN_CORRECTED,
    TAKEN_BACK_WITH_APOLOGY,
    UPDATED_IN_BRACKETS,
    SUPERSEDED_AFTER,
    REPLACED_ROW,
    DISOWNED_FIGURE,
    RESTATED_BY_NAME,
  ]) {
    for (const match of matchesIn(pattern, lower)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (!lower.includes('\n')) return spans;
  for (const match of matchesIn(CHAT_REPLACEMENT, lower)) {
    const wordsStart = match.index + match[0].length - (match.groups?.['words'] ?? '').length;
    // The figure replaced is the last one on the line before, whatever it measured in money.
    const lineEnd = lower.lastIndexOf('\n', match.index);
    if (lineEnd <= 0) continue;
    const lineStart = lower.lastIndexOf('\n', lineEnd - 1) + 1;
    const earlier = matchesIn(ANY_MONEY, lower.slice(lineStart, lineEnd)).pop();
    if (earlier === undefined) continue;
    spans.push(
      { start: lineStart + earlier.index, end: lineStart + earlier.index + earlier[0].length },
      { start: wordsStart, end: match.index + match[0].length },
    );
  }
  return spans;
}
