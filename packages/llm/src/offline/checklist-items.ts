import { withBallotCrosses } from './ballot-box-crosses.js';
import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * Checklists pasted into a brief: items that each open on a mark ("✓ Warehouses", "☐ Exclude mortgaged assets",
 * "[x] Exclude labs", "✗ Greedy"), and bulleted lists under a heading that rules them out ("Exclude:" then "- Houston").
 * A ticked item says what it says; an empty box says nothing; a crossed item beside ticked ones is an option not
 * taken. Under a heading that rules things out ("Do-not-sell list", "Sites off the table:"), the items marked are
 * what is ruled out, and so are crossed items that stand alone ("Types:" then "✗ Offices", "✗ Labs").
 */

/** The marks that open a checklist item, by what they say: ticked, crossed, or an empty box. */
const TICK_MARKS = '\u2713\u2714\u2611\u2612\u2705';
const CROSS_MARKS = '\u2715\u2716\u2717\u2718\u274c';
const EMPTY_BOX = '\u2610';
/**
 * A bracketed box, empty or marked with a letter or a tick or cross of its own: "[x]", "[ ]", "[✓]", "[✗]", and a
 * struck option's "[-]".
 */
const BRACKETED_BOX = String.raw`\[[^\S\n]?[xX_\-${TICK_MARKS}${CROSS_MARKS}]?[^\S\n]?\]`;
/** Any mark a checklist uses, or a bracketed box ("[x]", "[ ]", "[✓]"): the cheap test before any line is looked at. */
const ANY_MARK = new RegExp(String.raw`[\u2610-\u2612\u2705\u2713-\u2718\u274c]|${BRACKETED_BOX}`);
/** A line's opening mark, after its indent and an optional bullet: the text before it, then the mark. */
const OPENING_MARK = new RegExp(
  String.raw`^([^\S\n]*(?:[-*\u2022\u2013\u2014][^\S\n]+)?)([${TICK_MARKS}${CROSS_MARKS}${EMPTY_BOX}]|${BRACKETED_BOX})[^\S\n]*`,
);
/** A mark alone as a row's last value, after a cell border, a colon or a dash ("Warehouse | ✓"). */
const CLOSING_MARK = new RegExp(
  String.raw`(?<=\S[^\S\n]*)[|:\-\u2013\u2014][^\S\n]*([${TICK_MARKS}${CROSS_MARKS}${EMPTY_BOX}])[^\S\n]*\|?[^\S\n]*$`,
);
/**
 * A bullet that opens a line ("- Houston", "• the Carrollton data center", "* anything mortgaged"), or an item's number
 * under a heading that rules out ("1. HQ (Las Colinas)", "2) Cicero Main Plant").
 */
const OPENING_BULLET = /^[^\S\n]*(?:[-*\u2022\u2013]|\d{1,2}[.)])[^\S\n]+(?=\S)/;

/**
 * A heading that rules out what is listed under it: "Exclude:", "Exclusions checklist", "Do-not-sell list", "Keep
 * (do not sell):", "Sites off the table:", "Protected sites (✗ = not for sale):", "Exclude from marketing:".
 */
const RULES_OUT_HEADING =
  /\b(?:exclu(?:de|ded|des|sions?)|do[-\s]not[-\s](?:sell|touch|market|include)|don't\s+(?:sell|touch)|not\s+for\s+sale|off[-\s]the[-\s]table|off[-\s]limits|protected|keep|retain(?:ed)?|hold[-\s]?backs?|carve[-\s]?outs?|ring[-\s]?fenced|withheld|out\s+of\s+scope|leave\s+out|ruled[-\s]out|(?<!\bgo\s*\/\s*)no[-\s]go|no[-\s]sale)\b/;
/** "Keep in scope:", "Retain only:": a heading that keeps things in, which rules nothing out. */
const KEEPS_IN = /\b(?:keep|retain)(?:ed)?\s+(?:in\b|only\b|selling\b)|\bin[-\s]scope\b|\beligible\b/;
/**
 * The first word of a crossed item that is an instruction or a setting, not a name ("✗ Exclude the Houston market",
 * "✗ Greedy"): crossed out, it is not asked, and it rules nothing out.
 */
const INSTRUCTION_WORD =
  /^(?:exclud\w*|includ\w*|sell\w*|keep\w*|use|using|run\w*|apply|cap|limit|target|raise|solve|greedy|exact\w*|optim\w*|heuristic|ranking|min\w*|max\w*|no|not|only|objective|basis|strategy|tax|lease\w*|escalat\w*|floor|amount|proceeds)\b/;

/** One item of a checklist or bulleted list: its line, where its words start, and what its mark says. */
interface ListLine {
  readonly start: number;
  readonly end: number;
  /** Where the mark (or bullet) starts and ends, and where the item's words start. */
  readonly markStart: number;
  readonly markEnd: number;
  readonly itemStart: number;
  readonly state: 'ticked' | 'crossed' | 'empty' | 'bullet';
}

/** Items under one heading, and whether the heading rules them out. */
interface ListGroup {
  readonly headingStart: number;
  readonly headingEnd: number;
  readonly rulesOut: boolean;
  readonly lines: readonly ListLine[];
}

/** Where each line of `text` starts and ends (the newline excluded). */
function linesOf(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    lines.push({ start, end: end === -1 ? text.length : end });
    if (end === -1) return lines;
    start = end + 1;
  }
}

function markState(mark: string): ListLine['state'] {
  if (mark === EMPTY_BOX || /^\[[^\S\n]?_?\]$/.test(mark)) return 'empty';
  // "[✗]": a cross in brackets says what the cross alone says.
  // "[-] Phoenix only (crossed out)": a struck option, like a cross.
  if (CROSS_MARKS.includes(mark.replace(/^\[[^\S\n]?|[^\S\n]?\]$/g, '')) || /^\[[^\S\n]?-[^\S\n]?\]$/.test(mark)) return 'crossed';
  return 'ticked';
}

/** The line as a list item: opened by a mark, or by a bullet when `bullets` allows it; null otherwise. */
function listLine(text: string, line: { start: number; end: number }, bullets: boolean): ListLine | null {
  const words = text.slice(line.start, line.end);
  const marked = OPENING_MARK.exec(words);
  if (marked !== null) {
    const [whole, before = '', mark = ''] = marked;
    const itemStart = line.start + whole.length;
    return { ...line, markStart: line.start + before.length, markEnd: itemStart, itemStart, state: markState(mark) };
  }
  // "Warehouse | ✓", "Office: ✗": a table's row whose one value is a mark.
  const closing = CLOSING_MARK.exec(words);
  if (closing !== null) {
    const indent = words.length - words.trimStart().length;
    const markStart = line.start + closing.index;
    return { ...line, markStart, markEnd: line.end, itemStart: line.start + indent, state: markState(closing[1] ?? '') };
  }
  const bullet = bullets ? OPENING_BULLET.exec(words) : null;
  if (bullet === null) return null;
  const itemStart = line.start + bullet[0].length;
  return { ...line, markStart: line.start, markEnd: itemStart, itemStart, state: 'bullet' };
}

/**
 * The heading of a list whose first item is on the line after `line`: the line's last sentence ("Please model a
 * $275mm SLB. Exclude:" heads with "Exclude:"), when it is short enough to be a heading.
 */
function headingOf(text: string, line: { start: number; end: number }): { start: number; end: number; lower: string } | null {
  const words = text.slice(line.start, line.end);
  if (words.trim() === '') return null;
  const lastSentence = /[.!?;][^\S\n]+(?=[^.!?;]*$)/.exec(words);
  const start = line.start + (lastSentence === null ? 0 : lastSentence.index + lastSentence[0].length);
  const lower = text
    .slice(start, line.end)
    .toLowerCase()
    .replace(/\u2019/g, "'");
  return lower.trim().length > 60 ? null : { start, end: line.end, lower };
}

/**
 * The lists of `text`: runs of lines opened by a mark (blank lines between them allowed), and runs of bulleted lines
 * under a heading that rules them out and ends in a colon, or stands alone on its line ("Out of scope"). Each with the
 * line right above it as its heading.
 */
function listGroups(text: string): ListGroup[] {
  const lines = linesOf(text);
  const groups: ListGroup[] = [];
  // From the first line: a checklist may open the brief, with no heading above it ("[x] exclude mortgaged assets" then
  // "[ ] IFRS 16").
  for (let index = 0; index < lines.length; index += 1) {
    const above = lines[index - 1];
    if (above !== undefined && listLine(text, above, false) !== null) continue;
    const heading = above === undefined ? null : headingOf(text, above);
    const rulesOut = heading !== null && RULES_OUT_HEADING.test(heading.lower) && !KEEPS_IN.test(heading.lower);
    // "Out of scope" then "• Newark": a short heading on a line of its own needs no colon.
    // "- Newark excluded" then "- Phoenix excluded": a bulleted line is an item beside the next, never its title.
    const bulleted = above !== undefined && OPENING_BULLET.test(text.slice(above.start, above.end));
    const titled =
      heading !== null &&
      !bulleted &&
      text.slice(above?.start ?? 0, heading.start).trim() === '' &&
      /^[a-z' -]{3,30}$/.test(heading.lower.trim());
    const bullets = rulesOut && (heading?.lower.trimEnd().endsWith(':') === true || titled);
    const items: ListLine[] = [];
    let next = index;
    for (; next < lines.length; next += 1) {
      const line = lines[next];
      if (line === undefined) break;
      const item = listLine(text, line, bullets);
      if (item !== null) items.push(item);
      // A blank line (an empty box already blanked) may stand between two items, not after the last.
      else if (text.slice(line.start, line.end).trim() !== '' || items.length === 0) break;
    }
    if (items.length === 0) continue;
    const headingAt = heading?.start ?? above?.start ?? 0;
    groups.push({
      headingStart: headingAt,
      headingEnd: heading?.end ?? above?.start ?? 0,
      rulesOut,
      lines: withBallotCrosses(text, items),
    });
    index = next;
  }
  return groups;
}

/**
 * A list of empty boxes and nothing else ("Checklist" then "☐ Proceeds: $32M", "☐ Only Illinois and Ohio"): a list
 * of things to do, each of them asked; beside a ticked or crossed item, an empty box is an option not chosen.
 */
function isToDoList(group: ListGroup): boolean {
  return group.lines.every((line) => line.state === 'empty');
}

/** `text` with [start, end) written as spaces, the same length. */
function blanked(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/**
 * The brief as its checklists say it, the same length, for the readers to read: an empty box's item blanked (it
 * states nothing), a crossed item blanked beside ticked ones (an option not taken) or when it is an instruction
 * ("✗ Exclude the Houston market entirely - rejected by CFO"), and a ticked item's mark blanked so that its words
 * read as written ("✓ Exact optimisation"). Under a heading that rules out, marked items are left for
 * `readChecklistExclusions`, as are crossed names standing alone. A mark inside a line before a word ("Chicago — ✗
 * excluded") is blanked: the word says it.
 */
export function checklistAsRead(brief: string): string {
  const declined = /[Ee]xclud/.test(brief) ? withoutDeclinedExclusions(brief) : brief;
  if (!ANY_MARK.test(declined)) return declined;
  let text = declined;
  for (const group of listGroups(brief)) {
    const ticked = group.lines.some((line) => line.state === 'ticked');
    for (const line of group.lines) {
      if (line.state === 'bullet') continue;
      const item = text.slice(line.itemStart, line.end).trim().toLowerCase();
      const notAsked =
        (line.state === 'empty' && !isToDoList(group)) ||
        (line.state === 'crossed' && (ticked || (!group.rulesOut && (INSTRUCTION_WORD.test(item) || /[\d$%:=]/.test(item)))));
      // "[ ] IFRS 16   [x] US GAAP": options side by side, only the empty box's is not asked; the ticked one reads.
      const inner = notAsked ? /\[[xX\u2713\u2714]\]/.exec(text.slice(line.itemStart, line.end)) : null;
      if (inner) text = blanked(text, line.start, line.itemStart + inner.index + inner[0].length);
      else if (notAsked) text = blanked(text, line.start, line.end);
      else if (line.state !== 'crossed' && !group.rulesOut) text = blanked(text, line.markStart, line.markEnd);
    }
  }
  // "Chicago — ✗ excluded", "Phoenix: ✓ in scope": a mark beside the word that says what it means.
  return text.replace(
    new RegExp(String.raw`(?<=[^\s\n][^\S\n]*[-:|\u2013\u2014][^\S\n]*)[${TICK_MARKS}${CROSS_MARKS}](?=[^\S\n]+[A-Za-z])`, 'g'),
    ' ',
  );
}

/**
 * A form's line that declines an exclusion: "Exclude mortgaged: no", "Exclude Phoenix | No", "Exclude labs = false".
 * It states nothing (the default stands), so it is blanked; "no" would otherwise read as ruling the item out.
 */
const DECLINED_EXCLUSION =
  /^[^\S\n]*\|?[^\S\n]*exclud(?:e|ed|ing)\b[^\n:|=?]{1,40}?[^\S\n]*[:|=][^\S\n]*(?:no|false|n|none)[^\S\n]*(?:\([^)\n]*\))?[^\S\n]*\|?[^\S\n]*$/gm;

/** `brief` with each line that declines an exclusion blanked, the same length. */
function withoutDeclinedExclusions(brief: string): string {
  // Matched on a lower-cased copy of the same length (letters A-Z only), so positions stay those of `brief`.
  const lower = brief.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
  let text = brief;
  for (const line of lower.matchAll(DECLINED_EXCLUSION)) text = blanked(text, line.index, line.index + line[0].length);
  return text;
}

/** Where each item of a list that rules out its items starts, and its line. */
function ruledOutLines(text: BriefText): { group: ListGroup; line: ListLine }[] {
  if (!ANY_MARK.test(text.source) && !/^[^\S\n]*(?:[-*\u2022]|\d{1,2}[.)])[^\S\n]/m.test(text.source)) return [];
  const found: { group: ListGroup; line: ListLine }[] = [];
  for (const group of listGroups(text.source)) {
    // Left marked after `checklistAsRead`: under a heading that rules out, or crossed names standing alone.
    const ruledOut = group.rulesOut || group.lines.every((line) => line.state === 'crossed');
    if (!ruledOut) continue;
    for (const line of group.lines) if (line.state !== 'empty' || isToDoList(group)) found.push({ group, line });
  }
  return found;
}

/** An item that names the encumbered assets: "anything mortgaged", "mortgaged assets", "all encumbered sites". */
const MORTGAGED_ITEM =
  /^(?:(?:any(?:thing)?|all|the|our|every)\s+)?(?:(?:assets?|sites?|properties|property|buildings?)\s+(?:that\s+(?:are|is)\s+|with\s+(?:a\s+)?)?)?(?:mort?gaged|encumbered|mort?gages?)\b/;

/**
 * True when a list that rules out its items names the mortgaged assets as one ("Exclude:" then "- anything
 * mortgaged"); the item is claimed.
 */
export function readChecklistMortgage(text: BriefText): boolean {
  if (!text.lower.includes('mortga') && !text.lower.includes('encumbered')) return false;
  let ruledOut = false;
  for (const { line } of ruledOutLines(text)) {
    if (!MORTGAGED_ITEM.test(text.lower.slice(line.itemStart, line.end)) || !text.isFree(line.itemStart, line.end)) continue;
    text.claim(line.start, line.end);
    ruledOut = true;
  }
  return ruledOut;
}

/**
 * Reads the items of each list that rules them out, one line at a time: each line's place, type or asset, whatever
 * reason follows it on the line ("- Houston (hurricane insurance renewal pending)", "✗ Offices — no"). The line and
 * the heading are claimed.
 */
export function readChecklistExclusions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  const headings = new Set<ListGroup>();
  for (const { group, line } of ruledOutLines(text)) {
    const list = readList(text, line.itemStart, vocabulary, true);
    if (list === null || !text.isFree(line.itemStart, list.end)) continue;
    ruleOutList(lists, text, line.itemStart, list.end, list);
    lists.exclusionEnds.push(list.end);
    text.claim(line.start, line.end);
    headings.add(group);
  }
  for (const group of headings) text.claim(group.headingStart, group.headingEnd);
}
