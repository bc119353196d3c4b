import { lineStartsOf, type TextEdit } from './restated-brief.js';
import { CELL_LINE_WITHOUT_COLONS } from './cell-references-without-colons.js';
import { figureKind } from './chat-answers.js';
import { oneWordChatSpeakerOf, SPEAKER_ROLE } from './chat-speakers.js';
import { tabbedDecisionRows } from './tabbed-decision-rows.js';
import { chatLineStampedWithADay } from './chat-lines-stamped-with-a-day.js';

/**
 * Shapes of pasted text the readers do not know, restated in shapes they do, before anything else reads the brief:
 * rows separated by commas or semicolons under a header line ("field,value" then "target,120000000"; "target;floor"
 * then "145,000,000;120,000,000"), spreadsheet cells written with their references ("A3: Floor (USDm)  B3: 100"), and
 * chat lines written as an IRC log ("<ben> amount?"), with the time after the name ("Yusuf 3:14 PM: ...", "Jules
 * (08:31): ..."), with the time before it ("14:03 Ravi: ..."), or with the name and time on a line of their own above
 * the message ("Kofi 9:12" then "what's the crit ceiling"). A row becomes the labelled line it stands for ("target:
 * 120000000") and a chat line becomes "Name: message", as the readers of labels and chats already read them.
 */

/** A time of day: "9:12", "08:31", "3:14 PM", "12:01:30". */
export const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[^\S\n]*[ap]\.?m\.?)?`;

/** A chat speaker's name: one word, its first letter a capital or not ("Kofi", "kofi"). */
export const NAME = "[A-Za-z][A-Za-z'-]{0,15}";

/** An IRC-style line: "<ben> do we have a number", "<ops_kat> 77 mil". */
const IRC_LINE = /^[^\S\n]*<(?<nick>[A-Za-z][\w.-]{0,20})>[^\S\n]+(?<message>\S.*)$/;

/** A chat line with its time after the name: "Beatriz 12:01: text", "Yusuf 3:14 PM: text", "Jules (08:31): text". */
const NAME_TIME_LINE = new RegExp(
  String.raw`^[^\S\n]*(?<name>${NAME})[^\S\n]+(?:\(${TIME}\)|\[${TIME}\]|${TIME})[^\S\n]*:[^\S\n]+(?<message>\S.*)$`,
  'i',
);

/** A chat line with its time before the name: "14:03 Ravi: text", "[13:40] Ruth: text", "(9:05) Ana: text". */
const TIME_NAME_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:\[${TIME}\]|\(${TIME}\)|${TIME})[^\S\n]*(?<name>${NAME}):[^\S\n]+(?<message>\S.*)$`,
  'i',
);

/**
 * A chat line with its time before a full name, first name and surname each with a capital: "[14:02] Gwen Ortiz: target
 * 180", "09:15 Ben Haddad: floor?". Capitals are required (no `i` flag), so that "[14:02] the target: 180" is no
 * speaker; the name is restated by its last word, as a nick is.
 */
const TIME_FULL_NAME_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:\[${TIME}\]|\(${TIME}\)|${TIME})[^\S\n]*(?<name>[A-Z][a-z'-]{1,15}[^\S\n]+[A-Z][A-Za-z'-]{1,15}):[^\S\n]+(?<message>\S.*)$`,
);

/** A line that only names who speaks and when, the message on the lines below: "Kofi 9:12", "Ruby 8:02 AM". */
const SPEAKER_HEADING = new RegExp(
  String.raw`^[^\S\n]*(?<name>[A-Z][A-Za-z'-]{0,15})[^\S\n]+(?:\(${TIME}\)|\[${TIME}\]|${TIME})[^\S\n]*$`,
  'i',
);

/** A spreadsheet cell reference opening a cell: "A3:", "B12:", and "Cell C6:" with the word before the first. */
const CELL_LINE =
  /^[^\S\n]*(?:[Cc]ell[^\S\n]+)?[A-Z]\d{1,3}:[^\S\n]*(?<label>\S.*?)(?:[^\S\n]{2,}|\t|[^\S\n]+)[A-Z]\d{1,3}:[^\S\n]*(?<value>\S.*?)[^\S\n]*$/;

/** A spreadsheet cell standing alone on its line: "A1: SLB inputs". */
const LONE_CELL_LINE = /^[^\S\n]*[A-Z]\d{1,3}:[^\S\n]+(?<text>\S.*)$/;

/** A header cell: a column's name, a few words with no figure and no sentence punctuation ("Max Net Lev", "run_id"). */
const HEADER_CELL = /^[A-Za-z#](?:[A-Za-z_#$%/&.'\- ]|\([A-Za-z$%/ ]*\)){0,39}$/;

/** Words of a column's name that only give the unit of plain dollars ("target_usd", "Target ($)"): the figure says it. */
const DOLLAR_WORDS = /(?:[^\S\n]*\((?:\$|usd|us\$|dollars)\)|[ _](?:usd|dollars))(?=$|[ _])/gi;

/**
 * The edits that restate pasted rows, spreadsheet cells and chat lines in the shapes the readers know; none when the
 * brief holds none of them. Edits are in the brief's positions and never overlap.
 */
export function pastedShapeRestatements(brief: string): TextEdit[] {
  const lines = brief.split('\n');
  const starts = lineStartsOf(lines);
  const edits: TextEdit[] = [];
  const replaceLines = (first: number, last: number, text: string): void => {
    const start = starts[first] ?? 0;
    const end = (starts[last] ?? 0) + (lines[last] ?? '').length;
    if (brief.slice(start, end) !== text) edits.push({ start, end, text });
  };
  delimitedRows(lines, replaceLines);
  // "Asset class<TAB>Include?" over "office<TAB>Y": a sheet of yes and no, written with cell borders.
  tabbedDecisionRows(lines, replaceLines);
  figureRowTables(lines, replaceLines);
  spreadsheetCells(lines, replaceLines);
  chatLines(lines, replaceLines);
  leaderLines(lines, replaceLines);
  return edits;
}

/**
 * A label joined to its value by leader dots, as a printed form aligns them: "Floor ......... $ 70M" (four dots at
 * least). A scanned label may carry a zero or a one for a letter inside a word ("Fl0or", "Target pr0ceeds"), repaired
 * later by the scanned-word readers.
 */
const LEADER_LINE =
  /^(?<indent>[^\S\n]*)(?<label>[A-Za-z](?:[^.\n:\d$]|(?<=[A-Za-z])[01](?=[A-Za-z])){0,40}?)[^\S\n]*(?:\.{4,}|\u2026{2,}|(?:\.[^\S\n]){4,})[.\u2026 ]*:?[^\S\n]*(?<value>\S.*)$/;

/** Lines whose label and value are joined by leader dots, restated as "label: value" ("Floor: $ 70M"), unless bare. */
function leaderLines(lines: readonly string[], replace: ReplaceLines): void {
  lines.forEach((line, index) => {
    const leader = LEADER_LINE.exec(line)?.groups;
    // A bare figure ("Floor ....... 70.0") is left to the readers of tables, which take its unit from a note below.
    if (leader !== undefined && !/^[\d.,]+$/.test(leader['value'] ?? ''))
      replace(index, index, `${leader['indent'] ?? ''}${leader['label'] ?? ''}: ${leader['value'] ?? ''}`);
  });
}

type ReplaceLines = (first: number, last: number, text: string) => void;

/** The cells of a line split at a delimiter outside double quotes, trimmed, quotes removed. */
function splitCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += character;
  }
  cells.push(cell.trim());
  return cells;
}

/** A header cell of a table of labelled rows ("Parameter", "Value", "Unit", "Notes"): its rows are read one by one. */
const ROW_TABLE_HEADER = /^(?:parameters?|values?|units?|notes?|fields?|items?|inputs?|keys?|metrics?|settings?|comments?|descriptions?)$/i;

/** A header cell that only remarks on a row or gives its unit ("Notes", "Comment", "Unit"): no label of a row. */
const REMARK_HEADER = /^(?:notes?|comments?|descriptions?|units?)$/i;

/** The delimiter of a header line ("a,b,c", "a;b;c" or cells split by tabs), or null for a line that is no such header. */
function headerDelimiter(line: string): string | null {
  // A tab first: a row pasted from a spreadsheet keeps its commas inside a cell ("office, distribution_center").
  for (const delimiter of ['\t', ';', ',']) {
    if (!line.includes(delimiter)) continue;
    const cells = splitCells(line, delimiter);
    if (cells.length >= 2 && cells.every((cell) => HEADER_CELL.test(cell))) return delimiter;
  }
  return null;
}

/** A column's name as the words a brief uses: "target_usd" as "target", "Target ($)" as "Target", "max_crit" as "max crit". */
function columnWords(name: string): string {
  return name.replace(DOLLAR_WORDS, '').replace(/_/g, ' ').trim();
}

/**
 * Rows under a header line, separated by tabs (pasted from a spreadsheet), commas or semicolons. Under a two-column header ("Key,Value") each row is a
 * label and its value ("min_fccr,1.95" as "min fccr: 1.95"); under a wider header, one row of figures is read column
 * by column ("target;floor" over "145,000,000;120,000,000" as "target: 145,000,000" and "floor: 120,000,000").
 */
function delimitedRows(lines: readonly string[], replace: ReplaceLines): void {
  for (let index = 0; index < lines.length - 1; index += 1) {
    const header = lines[index] ?? '';
    const delimiter = headerDelimiter(header);
    if (delimiter === null) continue;
    const names = splitCells(header, delimiter);
    const rows: string[][] = [];
    for (let next = index + 1; next < lines.length; next += 1) {
      const line = lines[next] ?? '';
      // A line already labelled ("Max net leverage: 3,4x") is not a row of the table.
      if (!line.includes(delimiter) || /:\s/.test(line)) break;
      // A two-column row keeps any further delimiter in its value ("Target,$87,500,000").
      const cells =
        names.length === 2
          ? [
              line.slice(0, line.indexOf(delimiter)).trim(),
              line
                .slice(line.indexOf(delimiter) + 1)
                .trim()
                .replace(/^"(.*)"$/, '$1'),
            ]
          : splitCells(line, delimiter);
      // A row may leave its last cells empty ("excluded_market,Newark," under "parameter,value,unit"): a unit or a
      // comment not given. Its first two cells, the label and the value, must be there.
      if (cells.length !== names.length || cells.slice(0, 2).some((cell) => cell === '')) break;
      rows.push(cells);
    }
    // A row of figures under the header; a line of words only is prose, not data.
    if (rows.length === 0 || !rows.some((row) => row.some((cell) => /\d/.test(cell)))) continue;
    const last = index + rows.length;
    // Split by tabs, only a header of three fields or more whose rows fill every line below it: a sheet of labels and
    // their values ("Field\tValue\tUnit" over "Target\t120\tUSD m") is the table reader's, as is a lone labelled row.
    // A column of notes or units beside named fields ("Scenario\tTarget ($m)\tMax net lev\tNotes") does not make it such a sheet.
    if (
      delimiter === '\t' &&
      (names.length < 3 ||
        (lines[last + 1] ?? '').includes('\t') ||
        names.some((name) => ROW_TABLE_HEADER.test(name) && !(rows.length === 1 && REMARK_HEADER.test(name))))
    )
      continue;
    // Two field names over one row whose first cell is a figure ("target_usd;lease_term_years" over "180 000 000;15")
    // are columns, not a label and its value.
    const figureRow = rows.length === 1 && /^[$\d]/.test(rows[0]?.[0] ?? '') && !names.some((name) => ROW_TABLE_HEADER.test(name));
    if (names.length === 2 && !figureRow) {
      replace(index, last, ['', ...rows.map(([label = '', value = '']) => `${columnWords(label)}: ${value}`)].join('\n'));
    } else if (rows.length === 1) {
      const [row = []] = rows;
      replace(index, last, names.map((name, column) => `${columnWords(name)}: ${row[column] ?? ''}`).join('\n'));
    } else {
      // Several rows of a wider table: written as a table with cell borders, which the table reader knows.
      replace(index, last, [names.map(columnWords), ...rows].map((cells) => cells.join(' | ')).join('\n'));
    }
    index = last;
  }
}

/** A note under a table giving one column's unit: "(Target in $m)", "Amounts in USD millions" (no column). */
const UNIT_NOTE =
  /^[^\S\n]*\(?[^\S\n]*(?:(?<column>[A-Za-z][A-Za-z ]{0,30}?)[^\S\n]+)?in[^\S\n]+(?<unit>\$m|\$mm|usd[^\S\n]*m|\$[^\S\n]*millions?|usd[^\S\n]+millions?|millions)[^\S\n]*\)?[^\S\n]*$/i;

/** The header of a first column that names each row: "Scenario", "Case", "Run", "Option", "Version". */
const ROW_NAME_HEADER = /^(?:scenario|case|run|option|version)s?$/i;

/**
 * A table with cell borders whose header names fields and whose one row holds their figures ("Run | Target | Crit max"
 * over "R7 | 67.5 | 0.55"): read column by column ("Target: 67.5"), as a one-row table separated by commas is. A unit
 * note on the line below ("(Target in $m)") is written into its column's label ("Target ($m): 67.5").
 */
function figureRowTables(lines: readonly string[], replace: ReplaceLines): void {
  const cellsOf = (line: string): string[] =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim());
  for (let index = 0; index < lines.length - 1; index += 1) {
    const header = lines[index] ?? '';
    const row = lines[index + 1] ?? '';
    if (!header.includes('|') || !row.includes('|') || (lines[index + 2] ?? '').includes('|')) continue;
    const names = cellsOf(header);
    const cells = cellsOf(row);
    // Three columns at least, every one named, and every cell of the row but one a figure: "Item | Value | Unit" over
    // "Target | 60 | USD m" is a row of a label, its value and its unit, read by the table reader.
    if (names.length < 3 || cells.length !== names.length || !names.every((name) => HEADER_CELL.test(name))) continue;
    // The row's own name under a first column of cases ("Scenario | Target | ... | Method" over "Base | $115M | ... |
    // exhaustive") is no setting's word, so that it leaves room for one word cell among the settings.
    const settings = ROW_NAME_HEADER.test(names[0] ?? '') ? cells.slice(1) : cells;
    if (settings.filter((cell) => /\d/.test(cell)).length < settings.length - 1) continue;
    const note = UNIT_NOTE.exec(lines[index + 2] ?? '')?.groups;
    const noted = note?.['column']?.toLowerCase();
    const last = note !== undefined ? index + 2 : index + 1;
    // A note naming no column ("Amounts in $m") is the unit of every amount: a bare figure of ten or more.
    const named = noted !== undefined && names.some((name) => name.toLowerCase() === noted);
    const labelled = names.map((name, column) => {
      const cell = cells[column] ?? '';
      const measured = named ? name.toLowerCase() === noted : /^\d[\d,]*(?:\.\d+)?$/.test(cell) && Number.parseFloat(cell) >= 10;
      return `${columnWords(name)}${note !== undefined && measured ? ` (${note['unit'] ?? ''})` : ''}: ${cell}`;
    });
    replace(index, last, labelled.join('\n'));
    index = last;
  }
}

/** Spreadsheet cells with their references: "A3: Floor (USDm)  B3: 100" as "Floor (USDm): 100", "A1: SLB inputs" as "SLB inputs". */
function spreadsheetCells(lines: readonly string[], replace: ReplaceLines): void {
  const cells = lines.map((line) => CELL_LINE.exec(line) ?? CELL_LINE_WITHOUT_COLONS.exec(line));
  // Two lines of cells at least, so that a lone "B2: bond" in a sentence is left alone.
  if (cells.filter((cell) => cell !== null).length < 2) return;
  lines.forEach((line, index) => {
    const cell = cells[index]?.groups;
    if (cell !== undefined) {
      replace(index, index, `${cell['label'] ?? ''}: ${cell['value'] ?? ''}`);
      return;
    }
    const lone = LONE_CELL_LINE.exec(line)?.groups?.['text'];
    if (lone !== undefined) replace(index, index, lone);
  });
}

/** A nick or name with a capital first letter, as the chat readers expect: "ben" as "Ben", "ops_kat" as "Kat". */
function speakerName(nick: string): string {
  const word =
    nick
      .split(/[^A-Za-z]+/)
      .filter((part) => part !== '')
      .pop() ?? nick;
  return `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}`;
}

/**
 * Chat lines in shapes other than "Name: message" (an IRC log, a time before or after the name, a name and time on a
 * line of their own) restated as "Name: message". Two such lines at least, so that a lone "<b>" or "Item 3:14" is left.
 */
function chatLines(lines: readonly string[], replace: ReplaceLines): void {
  // Each restatement replaces lines [first, last]: one chat line, or a heading line with the message lines below it.
  const restated: { first: number; last: number; text: string }[] = [];
  let heading: { first: number; name: string; messages: string[] } | null = null;
  const closeHeading = (): void => {
    if (heading !== null && heading.messages.length > 0) {
      const { first, name, messages } = heading;
      restated.push({ first, last: first + messages.length, text: messages.map((message) => `${name}: ${message}`).join('\n') });
    }
    heading = null;
  };
  lines.forEach((line, index) => {
    const irc = IRC_LINE.exec(line)?.groups;
    const timed =
      irc === undefined
        ? (NAME_TIME_LINE.exec(line)?.groups ??
          TIME_NAME_LINE.exec(line)?.groups ??
          TIME_FULL_NAME_LINE.exec(line)?.groups ??
          chatLineStampedWithADay(line))
        : undefined;
    const spoken = irc ?? timed;
    if (spoken !== undefined) {
      closeHeading();
      restated.push({
        first: index,
        last: index,
        text: `${speakerName(irc?.['nick'] ?? spoken['name'] ?? '')}: ${spoken['message'] ?? ''}`,
      });
      return;
    }
    const name = SPEAKER_HEADING.exec(line)?.groups?.['name'];
    if (name !== undefined) {
      closeHeading();
      heading = { first: index, name: speakerName(name), messages: [] };
      return;
    }
    if (heading !== null && line.trim() !== '') heading.messages.push(line.trim());
    else closeHeading();
  });
  closeHeading();
  // Two chat lines at least, so that a lone "<b> bold" or "Item 3:14" is left as written.
  if (restated.length < 2) return;
  for (const { first, last, text } of restated) replace(first, last, text);
}

/** A figure for the chat rules, with its unit (no word boundary needed before it): "$8m", "30%", "1.8x", "0.55", "105M". */
const FIGURE = String.raw`(?:\$|usd[^\S\n]*)?\d+(?:\.\d+)?(?:[^\S\n]*(?:%|x\b|mm\b|mn\b|m\b|mio\b|mln\b|mil\b|million\b|bn\b|billion\b))?`;

/** Every figure of a line, for the one a reply replaces. */
const REPLY_FIGURE = new RegExp(FIGURE, 'gi');

/**
 * A reply line: a speaker, the reply arrow, then a figure that opens the message ("Ada: ↳ 30%, the lenders asked",
 * "Nina: ↳ make that 1.8x"), with what follows the figure kept as the message. A reply arrow before a name ("↳ Dana:
 * make it $110M") is another shape, read with quoted replies.
 */
const REPLY_LINE = new RegExp(
  String.raw`^(?<speaker>[^\S\n]*[A-Z][A-Za-z'-]{0,15}(?:${SPEAKER_ROLE})?:)?[^\S\n]*\u21b3[^\S\n]*(?:(?:make[^\S\n]+(?:that|it)|correction|no|actually)[^\S\n]*[,:]?[^\S\n]*)?(?<figure>${FIGURE})(?![\d.])[^\S\n]*(?:[,;.\u2013\u2014-][^\S\n]*)?(?<rest>.*)$`,
  'i',
);

/**
 * An answer that opens with a figure, under a question that proposes another ("Greg: crit cap 0.5?" then "Ingrid: 0.45,
 * we've had pushback", "Jamal: leaseability floor 0.7 too strict?" then "Sia: go 0.65"): what follows the figure is
 * kept as the message.
 */
const ANSWER_LINE = new RegExp(
  String.raw`^(?<speaker>[^\S\n]*[A-Z][A-Za-z'-]{0,15}(?:${SPEAKER_ROLE})?:)[^\S\n]*(?:(?:go(?:[^\S\n]+with)?|make[^\S\n]+(?:that|it)|no|use|say)[^\S\n]*[,:]?[^\S\n]*)?(?<figure>${FIGURE})(?![\d.])[^\S\n]*(?:$|[,;.!\u2013\u2014-][^\S\n]*(?<rest>.*)$)`,
  'i',
);

/** The capitalised speaker opening a chat line ("Greg:", "Tess (CFO):"), lower-cased; empty for a line with none. */
function speakerOf(line: string): string {
  const { label, name } = oneWordChatSpeakerOf(line.trimStart());
  return label > 0 && /^[A-Z]/.test(name) ? name.toLowerCase() : '';
}

/** Where the last sentence of a line starts: after its last full stop, exclamation mark or semicolon and a space. */
function lastSentenceStart(line: string): number {
  const ends = [...line.matchAll(/[.!;][^\S\n]+(?=\S)/g)];
  const last = ends.pop();
  return last?.index === undefined ? 0 : last.index + last[0].length;
}

/**
 * A chat reply that corrects the figure of the line above it: a reply arrow with a figure ("Owen: min FCCR 2.0x" then
 * "Nina: ↳ 1.8x"), or another speaker's answer opening with a figure under a question that proposed one ("Paula: amount
 * 130m?" then "Rick: 135m"). The line above is restated with the reply's figure in place of its last figure of the same
 * kind, so the words naming it name the new one, and the reply keeps only what follows its figure ("the lenders
 * asked"). A reply with no figure, or one of another kind than any figure above it, is left as written.
 */
export function chatReplyRestatements(brief: string): TextEdit[] {
  if (!brief.includes('\u21b3') && !brief.includes('?')) return [];
  const lines = brief.split('\n');
  const edits: TextEdit[] = [];
  let start = 0;
  let previous: { start: number; line: string; replaced: boolean } | null = null;
  for (const line of lines) {
    const arrow = REPLY_LINE.exec(line)?.groups;
    // A question proposing a figure, then another speaker's answer.
    const asker = previous?.line.trim().endsWith('?') ? speakerOf(previous.line) : '';
    const answer = arrow === undefined && asker !== '' && speakerOf(line) !== asker ? ANSWER_LINE.exec(line)?.groups : undefined;
    const reply = arrow ?? answer;
    let replaced = false;
    if (reply !== undefined && previous !== null && !previous.replaced) {
      const figure = reply['figure'] ?? '';
      const kind = figureKind(figure);
      // "Jill: 85 it is. floor?": an answer replaces only a figure its question proposes, never one of a sentence the
      // question line closed before asking ("85 it is" settles the ask; "floor?" proposes no figure).
      const asked = arrow === undefined ? lastSentenceStart(previous.line) : 0;
      const earlier = [...previous.line.matchAll(REPLY_FIGURE)]
        .filter((match) => figureKind(match[0].trim()) === kind && (match.index ?? 0) >= asked)
        .pop();
      // "leases 15 or 20?" answered "15, flat rent": the question offers a choice, and the answer picks one; it replaces
      // neither, and is read as an answer to the choice by the economics readers.
      const offered = earlier?.index !== undefined && /\d\S*\s+or\s+$/i.test(previous.line.slice(0, earlier.index));
      if (earlier?.index !== undefined && earlier[0].trim() !== figure && !offered) {
        const at = previous.start + earlier.index;
        edits.push({ start: at, end: at + earlier[0].trim().length, text: figure });
        edits.push({ start, end: start + line.length, text: `${reply['speaker'] ?? ''} ${reply['rest'] ?? ''}`.trim() });
        replaced = true;
      }
    }
    if (line.trim() !== '') previous = { start, line, replaced };
    start += line.length + 1;
  }
  return edits;
}
