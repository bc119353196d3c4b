import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputFileError } from './cli-errors.js';
import type { CliIo } from './cli-io.js';

/** What a command that writes a file reports: where, what and how big. */
export interface WrittenFile {
  readonly file: string;
  readonly media_type: string;
  readonly bytes: number;
}

/**
 * Writes `content` to `target` (`-` is stdout). An existing file is kept unless
 * `force`, so an export never silently replaces a board pack someone edited;
 * binary content is not written to a terminal.
 */
export async function writeOutputFile(
  io: CliIo,
  target: string,
  content: Uint8Array,
  mediaType: string,
  force: boolean,
): Promise<WrittenFile> {
  if (target === '-') {
    if (io.stdout.isTTY === true && !mediaType.startsWith('text/')) {
      throw new InputFileError('-', 'invalid_input', [
        { path: '', message: 'a workbook is binary: give --output <file>, or redirect stdout to a file' },
      ]);
    }
    await new Promise<void>((done, fail) => io.stdout.write(content, (error) => (error ? fail(error) : done())));
    return { file: '-', media_type: mediaType, bytes: content.byteLength };
  }
  try {
    await writeFile(target, content, { flag: force ? 'w' : 'wx' });
  } catch (thrown) {
    const code = (thrown as { code?: unknown }).code;
    if (code === 'EEXIST')
      throw new InputFileError(target, 'already_exists', [{ path: '', message: 'already exists (add --force to replace it)' }], {
        cause: thrown,
      });
    const reason =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : typeof code === 'string'
              ? code
              : 'write error';
    throw new InputFileError(target, 'file_not_writable', [{ path: '', message: `cannot be written (${reason})` }], { cause: thrown });
  }
  return { file: resolve(target), media_type: mediaType, bytes: content.byteLength };
}
