import { readAmountNotation } from '@leaseback/llm';
import { UsageError } from './cli-errors.js';

/**
 * Reads a money amount in USD as people write it on a command line: `150000000`,
 * `150,000,000`, `150M`, `$150m`, `150mm`, `1.2B`, `950k`. Only the format is
 * checked here; whether the value is allowed is the service's call.
 */
export function parseAmount(text: string, option: string): number {
  const amount = readAmountNotation(text);
  if (amount === null) throw new UsageError(`${option}: "${text}" is not an amount (write e.g. 150000000, 150M or 1.2B)`);
  return amount;
}

/** Reads a ratio such as a leverage or coverage limit: `3.5` or `3.5x`. */
export function parseRatio(text: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?|\.\d+)\s*x?$/i.exec(text.trim());
  if (!match?.[1]) throw new UsageError(`${option}: "${text}" is not a ratio (write e.g. 3.5 or 3.5x)`);
  return Number(match[1]);
}

/** Reads a decimal number such as a 0..1 score: `0.7`. */
export function parseDecimal(text: string, option: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) throw new UsageError(`${option}: "${text}" is not a number`);
  return value;
}

/** Reads a rate: `2%` → 0.02, or a decimal `0.02` as written. */
export function parseRate(text: string, option: string): number {
  const trimmed = text.trim();
  const percent = /^(-?\d+(?:\.\d+)?|-?\.\d+)\s*%$/.exec(trimmed);
  if (percent?.[1] !== undefined) return Number(percent[1]) / 100;
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) throw new UsageError(`${option}: "${text}" is not a rate (write e.g. 2% or 0.02)`);
  return value;
}

/** Reads a whole number: `3`. */
export function parseWholeNumber(text: string, option: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new UsageError(`${option}: "${text}" is not a whole number`);
  return Number(text);
}

/** Reads a comma-separated list, trimming each item and dropping empty ones: `Chicago, Newark`. */
export function parseList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
