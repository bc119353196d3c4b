import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo, CliStream } from './cli-io.js';
import { createCliOutput } from './cli-output.js';

function capture(isTTY: boolean): { stream: CliStream; text: () => string } {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString('utf8'));
        done();
      },
    }),
    // What a terminal stream offers the spinner to redraw its line.
    {
      isTTY,
      columns: 100,
      cursorTo: (_x: number, done?: () => void) => {
        done?.();
        return true;
      },
      clearLine: (_dir: number, done?: () => void) => {
        done?.();
        return true;
      },
      moveCursor: (_dx: number, _dy: number, done?: () => void) => {
        done?.();
        return true;
      },
    },
  );
  return { stream, text: () => chunks.join('') };
}

function io(stderrIsTTY: boolean) {
  const stdout = capture(false);
  const stderr = capture(stderrIsTTY);
  const value: CliIo = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: { TERM: 'xterm' },
    signals: { on: () => value.signals, off: () => value.signals } as unknown as CliIo['signals'],
  };
  return { value, stdout, stderr };
}

const options = { json: false, quiet: false, color: false };

describe('progress on stderr', () => {
  it('shows what the work says (spec read, iteration k of n) when stderr is a terminal', async () => {
    const { value, stderr, stdout } = io(true);
    const output = createCliOutput(options, value);
    const result = await output.progress('planning the program', async (update) => {
      update('spec read from the brief');
      update('iteration 1 of at most 5: selecting assets');
      return 42;
    });
    expect(result).toBe(42);
    expect(stderr.text()).toContain('iteration 1 of at most 5: selecting assets');
    expect(stdout.text()).toBe('');
  });

  it('writes nothing when stderr is piped, or with --json or --quiet', async () => {
    for (const [stderrIsTTY, flags] of [
      [false, options],
      [true, { ...options, json: true }],
      [true, { ...options, quiet: true }],
    ] as const) {
      const { value, stderr } = io(stderrIsTTY);
      await createCliOutput(flags, value).progress('planning the program', async (update) =>
        update('iteration 1 of at most 5: selecting assets'),
      );
      expect(stderr.text()).toBe('');
    }
  });
});
