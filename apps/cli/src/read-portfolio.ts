import { readFile } from 'node:fs/promises';
import { PortfolioSchema, safeParseInput, type Portfolio } from '@leaseback/domain';
import { InputFileError } from './cli-errors.js';

/** Reads the file's text; injected for tests. */
export type ReadText = (path: string) => Promise<string>;

/**
 * Reads and validates a portfolio file (`{ company?, description?,
 * corporate_state, assets }`). Every problem is reported at once with its path
 * inside the file (`assets[3].cap_rate: must be > 0 and < 1`), so a user can
 * fix the file in one pass. Throws `InputFileError`.
 */
export async function readPortfolio(file: string, readText: ReadText = (path) => readFile(path, 'utf8')): Promise<Portfolio> {
  let text: string;
  try {
    text = await readText(file);
  } catch (thrown) {
    const code = (thrown as { code?: unknown }).code;
    if (code === 'ENOENT') throw new InputFileError(file, 'file_not_found', [{ path: '', message: 'file not found' }], { cause: thrown });
    const reason = code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : typeof code === 'string' ? code : 'read error';
    throw new InputFileError(file, 'file_unreadable', [{ path: '', message: `cannot be read (${reason})` }], { cause: thrown });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : 'parse error';
    throw new InputFileError(file, 'invalid_json', [{ path: '', message: `not valid JSON (${detail})` }], { cause: thrown });
  }
  const parsed = safeParseInput(PortfolioSchema, data);
  if (!parsed.ok) throw new InputFileError(file, 'invalid_input', parsed.problems);
  return parsed.value;
}
