import { openSync } from 'node:fs';
import { destination, type DestinationStream } from 'pino';

/** Bytes of log lines gathered before they are written together. */
export const LOG_BATCH_BYTES = 4096;
/** The longest a log line waits for its batch to fill, in milliseconds. */
export const LOG_FLUSH_INTERVAL_MS = 250;

/** A log destination that writes its lines in batches, and how to end it. */
export interface BatchedLogDestination {
  /** Where the logger writes (pino's `DestinationStream`). */
  readonly stream: DestinationStream;
  /** Writes what is gathered, synchronously, and stops the flush timer. Idempotent. */
  close(): void;
}

/**
 * The API's default log destination: lines are gathered up to
 * `LOG_BATCH_BYTES` and written together, and whatever is gathered is written
 * at least every `LOG_FLUSH_INTERVAL_MS` (so a quiet server's last lines still
 * show), by `close` and when the process exits, in order. Why: one write system call per request line was
 * about a tenth of the CPU of a read by id; a batch makes it one per dozen
 * lines. What a batch costs: lines not yet written are lost if the process is
 * killed outright (SIGKILL, out of memory), at most a quarter of a second of them.
 *
 * `target` is a file descriptor (default 1, stdout) or a file path, opened for
 * appending here (so that it is ready for `close` at once) and closed after `close`.
 */
export function batchedLogDestination(target: number | string = 1): BatchedLogDestination {
  const opened = typeof target === 'string' ? openSync(target, 'a') : undefined;
  // Each batch is written synchronously: with asynchronous writes a batch still in flight when `close` wrote the
  // rest at once landed after it, out of order. One write of a few kilobytes per batch costs microseconds.
  const stream = destination({ dest: opened ?? target, sync: true, minLength: LOG_BATCH_BYTES });
  const timer = setInterval(() => stream.flush(), LOG_FLUSH_INTERVAL_MS);
  // The timer alone must not keep the process alive.
  timer.unref();
  // What is gathered when the process exits without `close` is written then (pino does this only for asynchronous
  // destinations).
  const flushOnExit = (): void => stream.flushSync();
  process.once('exit', flushOnExit);
  let closed = false;
  return {
    stream,
    close() {
      if (closed) return;
      closed = true;
      process.off('exit', flushOnExit);
      clearInterval(timer);
      stream.flushSync();
      // A file opened here is closed by the stream once it has written everything (stdout stays open).
      if (opened !== undefined) stream.end();
    },
  };
}
