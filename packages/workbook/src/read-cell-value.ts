import { ASSET_TYPES, type AssetType } from '@leaseback/domain';
import type { CellKind } from './portfolio-layout.js';

/**
 * One cell as the readers see it, whatever the file: its value (text from a
 * CSV, typed values from a workbook) and, for a workbook, its number format
 * (a `%` format means the value is already a share of 1).
 */
export interface SheetCell {
  readonly value: string | number | boolean | null;
  readonly numberFormat?: string;
}

/** The result of reading one cell: a value for the domain, nothing (blank), or why not. */
export type CellReading =
  | { readonly ok: true; readonly value: string | number | undefined }
  | { readonly ok: false; readonly message: string };

const MONEY_SUFFIXES: Readonly<Record<string, string>> = { '': '', k: 'e3', m: 'e6', mm: 'e6', mn: 'e6', b: 'e9', bn: 'e9' };

const ASSET_TYPE_ALIASES: Readonly<Record<string, AssetType>> = {
  dc: 'distribution_center',
  distribution: 'distribution_center',
  distribution_centre: 'distribution_center',
  fulfillment_center: 'distribution_center',
  fulfilment_centre: 'distribution_center',
  plant: 'manufacturing',
  factory: 'manufacturing',
  manufacturing_plant: 'manufacturing',
  headquarters: 'office',
  hq: 'office',
  store: 'retail',
  data_centre: 'data_center',
  laboratory: 'lab',
  r_d: 'lab',
};

/** Reads a cell as `kind`; `percentHeader` says the column's header is marked `%`. */
export function readCellValue(cell: SheetCell | undefined, kind: CellKind, percentHeader = false): CellReading {
  const value = cell?.value ?? null;
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true, value: undefined };
  if (typeof value === 'boolean') return { ok: false, message: `${String(value).toUpperCase()} is not a value this field takes` };
  switch (kind) {
    case 'text':
      return { ok: true, value: typeof value === 'number' ? String(value) : value.trim() };
    case 'asset_type':
      return readAssetType(String(value));
    case 'money':
      return typeof value === 'number' ? { ok: true, value } : readMoney(value);
    case 'rate':
      return readRate(value, percentHeader, cell?.numberFormat);
    case 'score':
      return readRate(value, false, cell?.numberFormat);
    case 'years':
      return typeof value === 'number'
        ? { ok: true, value }
        : readPlainNumber(value.replace(/\s*(?:years?|yrs?)$/i, ''), `"${value}" is not a number of years (e.g. 15)`);
    case 'multiple':
      return typeof value === 'number'
        ? { ok: true, value }
        : readPlainNumber(value.replace(/x$/i, ''), `"${value}" is not a number (e.g. 8 or 8x)`);
  }
}

function readAssetType(text: string): CellReading {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .replace(/s$/, '');
  const found = (ASSET_TYPES as readonly string[]).includes(key) ? (key as AssetType) : ASSET_TYPE_ALIASES[key];
  if (found) return { ok: true, value: found };
  return { ok: false, message: `"${text.trim()}" is not an asset type (one of ${ASSET_TYPES.join(', ')})` };
}

/**
 * `$21,500,000`, `21.5M`, `$2.4mm`, `1.2bn`, `(3,000)`: the figure in dollars.
 * The digits are scaled with an exponent (`21.5e6`) rather than multiplied, so
 * `2.4M` is exactly 2400000.
 */
function readMoney(text: string): CellReading {
  const invalid: CellReading = { ok: false, message: `"${text.trim()}" is not an amount (e.g. $21.5M or 21,500,000)` };
  let rest = text
    .trim()
    .replace(/^usd\s*/i, '')
    .replace(/\s*usd$/i, '');
  let negative = false;
  const parenthesised = /^\((.*)\)$/.exec(rest);
  if (parenthesised) {
    negative = true;
    rest = parenthesised[1] ?? '';
  }
  if (rest.startsWith('-')) {
    negative = !negative;
    rest = rest.slice(1);
  }
  rest = rest.replace(/^\$/, '').replace(/\s+/g, '');
  const match = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)([a-z]*)$/i.exec(rest);
  if (!match) return invalid;
  const exponent = MONEY_SUFFIXES[(match[2] ?? '').toLowerCase()];
  if (exponent === undefined) return invalid;
  const amount = Number(`${(match[1] ?? '').replace(/,/g, '')}${exponent}`);
  if (!Number.isFinite(amount)) return invalid;
  return { ok: true, value: negative ? -amount : amount };
}

/**
 * A rate or score as a share of 1. A `%` in the text, or a plain number under a
 * `%` header (unless the cell itself is formatted as a percentage, when Excel
 * already stores the share), is divided by 100 and rounded to 12 significant
 * digits so that `5.8%` is 0.058, not 0.057999….
 */
function readRate(value: string | number, percentHeader: boolean, numberFormat: string | undefined): CellReading {
  if (typeof value === 'number') {
    const alreadyShare = numberFormat?.includes('%') === true;
    return { ok: true, value: percentHeader && !alreadyShare ? fromPercent(value) : value };
  }
  const text = value.trim();
  const percent = text.endsWith('%');
  const reading = readPlainNumber(percent ? text.slice(0, -1) : text, `"${text}" is not a number or a percentage (e.g. 6.5% or 0.065)`);
  if (!reading.ok || typeof reading.value !== 'number') return reading;
  return { ok: true, value: percent || percentHeader ? fromPercent(reading.value) : reading.value };
}

function fromPercent(value: number): number {
  return Number((value / 100).toPrecision(12));
}

function readPlainNumber(text: string, message: string): CellReading {
  const trimmed = text.trim().replace(/,/g, '');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(trimmed)) return { ok: false, message };
  const number = Number(trimmed);
  return Number.isFinite(number) ? { ok: true, value: number } : { ok: false, message };
}
