import fs, { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOG_BATCH_BYTES, batchedLogDestination, type BatchedLogDestination } from './log-destination.js';

/** Waits until `condition` holds, failing after `deadlineMs`. */
async function eventually(condition: () => boolean, deadlineMs = 5_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function linesOf(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
}

describe('batchedLogDestination', () => {
  let destination: BatchedLogDestination | undefined;
  afterEach(() => {
    destination?.close();
    vi.restoreAllMocks();
  });

  it('writes many lines in a few writes, all of them, in order, by the time it is closed', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'log-destination-')), 'api.log');
    destination = batchedLogDestination(path);
    const writes = [vi.spyOn(fs, 'write'), vi.spyOn(fs, 'writeSync')];
    const logger = pino({ base: null }, destination.stream);
    const count = 200;
    for (let index = 0; index < count; index += 1) logger.info({ index }, 'request served');
    destination.close();
    const bytes = readFileSync(path).length;
    const lines = linesOf(path).map((line) => JSON.parse(line) as { index: number; msg: string });
    expect(lines.map((line) => line.index)).toEqual([...Array(count).keys()]);
    expect(lines.every((line) => line.msg === 'request served')).toBe(true);
    // One write per line would be `count` writes; a batch holds at least LOG_BATCH_BYTES.
    const writeCalls = writes.reduce((total, spy) => total + spy.mock.calls.length, 0);
    expect(writeCalls).toBeGreaterThan(0);
    expect(writeCalls).toBeLessThanOrEqual(Math.ceil(bytes / LOG_BATCH_BYTES) + 1);
  });

  it('writes a lone line without waiting for its batch to fill or for the process to end', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'log-destination-')), 'api.log');
    destination = batchedLogDestination(path);
    pino({ base: null }, destination.stream).info('started');
    await eventually(() => linesOf(path).length === 1);
    expect(JSON.parse(linesOf(path)[0] ?? '{}')).toMatchObject({ msg: 'started' });
  });

  it('can be closed twice', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'log-destination-')), 'api.log');
    destination = batchedLogDestination(path);
    pino({ base: null }, destination.stream).info('once');
    destination.close();
    destination.close();
    expect(linesOf(path)).toHaveLength(1);
  });
});
