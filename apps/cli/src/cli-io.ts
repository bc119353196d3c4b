import type { Writable } from 'node:stream';

/** A stream the CLI writes to; `isTTY` and `columns` as on `process.stdout`. */
export type CliStream = Writable & { readonly isTTY?: boolean; readonly columns?: number };

/** Everything the CLI touches outside itself, so that it can run against other streams. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where SIGINT and SIGTERM arrive. */
  readonly signals: Pick<NodeJS.EventEmitter, 'on' | 'off'>;
}

/** The running process's streams, environment and signals. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, signals: process };
}
