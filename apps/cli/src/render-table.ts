import Table from 'cli-table3';
import { stripStyle, type TextStyle } from './text-style.js';

/** A column of a printed table. */
export interface TableColumn {
  readonly heading: string;
  /** Numbers read best right-aligned. */
  readonly align?: 'left' | 'right';
}

/**
 * A boxed table. Headings are bold when colours are on; cli-table3's own
 * colouring is switched off so that `--no-color` output carries no escapes.
 */
export function renderTable(style: TextStyle, columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const table = new Table({
    head: columns.map((column) => style.bold(column.heading)),
    colAligns: columns.map((column) => column.align ?? 'left'),
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  for (const row of rows) table.push([...row]);
  // cli-table3 rules off every row; only the rule under the headings is kept, so the body reads as a list.
  let seenRule = false;
  return table
    .toString()
    .split('\n')
    .filter((line) => {
      if (!stripStyle(line).startsWith('├')) return true;
      if (seenRule) return false;
      seenRule = true;
      return true;
    })
    .join('\n');
}
