import { readFile } from 'node:fs/promises';
import { InvalidInputError, PortfolioSchema, safeParseInput, type Portfolio } from '@leaseback/domain';
import type { CompanySource } from '@leaseback/service';
import { InputFileError } from './cli-errors.js';

/** Reads the file's bytes; injected for tests. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

/** How a portfolio is read. */
export interface ReadPortfolioOptions {
  /** For a CSV portfolio: the corporate state, a company CSV (label,value rows) or a JSON file. */
  readonly company?: string;
  readonly readBytes?: ReadBytes;
}

const SPREADSHEET = /\.(xlsx|csv)$/i;

/**
 * Reads and validates a portfolio file: JSON (`{ company?, description?,
 * corporate_state, assets }`), an .xlsx workbook (Assets and Company sheets) or
 * a .csv of assets with `company` naming the corporate state. Every problem is
 * reported at once with its place (`assets[3].cap_rate: …`,
 * `Assets!F7 (cap_rate): …`), so a user can fix the file in one pass. Throws
 * `InputFileError`.
 */
export async function readPortfolio(file: string, options: ReadPortfolioOptions = {}): Promise<Portfolio> {
  const readBytes = options.readBytes ?? ((path: string) => readFile(path));
  const content = await readInputFile(file, readBytes);
  if (SPREADSHEET.test(file)) {
    if (options.company !== undefined && !/\.csv$/i.test(file)) {
      throw new InputFileError(file, 'invalid_input', [
        { path: '', message: '--company is for a CSV portfolio; a workbook holds the corporate state in its Company sheet' },
      ]);
    }
    const company = options.company === undefined ? undefined : await readCompany(options.company, readBytes);
    const { parsePortfolioFile } = await import('@leaseback/service');
    try {
      return await parsePortfolioFile({ content, fileName: file, ...(company ? { company } : {}) });
    } catch (thrown) {
      if (thrown instanceof InvalidInputError) {
        // A CSV without its corporate state: say which option supplies it.
        const problems = thrown.problems.map((problem) =>
          problem.path === 'company'
            ? { path: '--company', message: 'is required for a CSV portfolio: a company CSV (label,value rows) or a JSON file' }
            : problem,
        );
        throw new InputFileError(file, 'invalid_input', problems, { cause: thrown });
      }
      throw thrown;
    }
  }
  if (options.company !== undefined) {
    throw new InputFileError(file, 'invalid_input', [
      { path: '', message: '--company is for a CSV portfolio; a JSON portfolio holds corporate_state itself' },
    ]);
  }
  const parsed = safeParseInput(PortfolioSchema, parseJson(file, content));
  if (!parsed.ok) throw new InputFileError(file, 'invalid_input', parsed.problems);
  return parsed.value;
}

async function readCompany(file: string, readBytes: ReadBytes): Promise<CompanySource> {
  const content = await readInputFile(file, readBytes);
  if (/\.json$/i.test(file)) return { kind: 'json', value: parseJson(file, content) };
  if (/\.csv$/i.test(file)) return { kind: 'csv', content };
  throw new InputFileError(file, 'invalid_input', [{ path: '', message: '--company must be a .csv (label,value rows) or a .json file' }]);
}

async function readInputFile(file: string, readBytes: ReadBytes): Promise<Uint8Array> {
  try {
    return await readBytes(file);
  } catch (thrown) {
    const code = (thrown as { code?: unknown }).code;
    if (code === 'ENOENT') throw new InputFileError(file, 'file_not_found', [{ path: '', message: 'file not found' }], { cause: thrown });
    const reason =
      code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : typeof code === 'string' ? code : 'read error';
    throw new InputFileError(file, 'file_unreadable', [{ path: '', message: `cannot be read (${reason})` }], { cause: thrown });
  }
}

function parseJson(file: string, content: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(content).replace(/^\uFEFF/, ''));
  } catch (thrown) {
    const detail = thrown instanceof Error ? thrown.message : 'parse error';
    throw new InputFileError(file, 'invalid_json', [{ path: '', message: `not valid JSON (${detail})` }], { cause: thrown });
  }
}
