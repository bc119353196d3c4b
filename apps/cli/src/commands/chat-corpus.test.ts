import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RunRecordSchema, type RunRecord } from '@leaseback/domain';
import { TurnResponseSchema, type TurnResponse } from '@leaseback/service/sessions';
// The corpus is data shared by the HTTP and terminal runners; it lives with the session use cases.
import { CONVERSATION_CORPUS, PTY_CORPUS_NAMES, corpusRunsProblems, corpusTurnProblems } from '@leaseback/service/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI_BIN,
  EXAMPLE_PORTFOLIO,
  REPOSITORY_ROOT,
  cleanEnvironment,
  readExamplePortfolio,
  runLeaseback,
  temporaryDataDir,
} from '../__fixtures__/run-leaseback.js';

/** How long one turn may take before the runner gives up (a loaded machine is slow; a hung CLI is a failure). */
const TURN_DEADLINE_MS = 120_000;

/** `script` (util-linux) gives the CLI a real pseudo-terminal: standard input is a TTY, as for a person typing. */
const HAS_SCRIPT = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Talks to `leaseback chat` in a pseudo-terminal, one message at a time: each
 * line is typed only once the previous turn's answer has been printed, as a
 * person would. Output lines that are not JSON (the terminal's echo of the
 * typed text) are skipped.
 */
class TerminalChat {
  private output = '';
  private readonly child: ChildProcess;
  private readonly waiters: (() => void)[] = [];

  constructor(args: readonly string[]) {
    const command = [process.execPath, CLI_BIN, 'chat', ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
    this.child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      cwd: REPOSITORY_ROOT,
      env: cleanEnvironment({ TERM: 'dumb' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      this.output += chunk;
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** The JSON turn answers printed so far (complete lines only: a long answer arrives in several chunks). */
  turns(): TurnResponse[] {
    return this.output
      .split(/\r?\n/)
      .slice(0, -1)
      .filter((line) => line.startsWith('{"session_id"'))
      .map((line) => TurnResponseSchema.parse(JSON.parse(line)));
  }

  /** Types one message and waits for its answer. */
  async say(message: string): Promise<TurnResponse> {
    const before = this.turns().length;
    this.child.stdin?.write(`${message}\n`);
    const deadline = Date.now() + TURN_DEADLINE_MS;
    while (this.turns().length === before) {
      if (Date.now() > deadline) throw new Error(`no answer to "${message}" within ${TURN_DEADLINE_MS} ms; output so far:\n${this.output}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.turns()[before] as TurnResponse;
  }

  /** Ends the conversation with /quit and returns the exit status. */
  async quit(): Promise<number | null> {
    this.child.stdin?.write('/quit\n');
    this.child.stdin?.end();
    return new Promise((resolve) => this.child.once('close', (code) => resolve(code)));
  }
}

describe.skipIf(!HAS_SCRIPT)('the conversation corpus through leaseback chat in a pseudo-terminal', () => {
  let dataDir: { path: string; remove: () => Promise<void> };
  let markets: Map<string, string>;
  beforeAll(async () => {
    if (!existsSync(CLI_BIN)) throw new Error(`${CLI_BIN} is missing: build the CLI first (npx tsc -b in apps/cli)`);
    dataDir = await temporaryDataDir();
    markets = new Map((await readExamplePortfolio()).assets.map((asset) => [asset.asset_id, asset.market]));
  });
  afterAll(async () => dataDir.remove());

  // The whole corpus runs over HTTP; here one conversation per part of the contract keeps the
  // terminal runs (a CLI process and a store each) to a modest share of the suite's time.
  const chosen = CONVERSATION_CORPUS.filter((conversation) => PTY_CORPUS_NAMES.includes(conversation.name));

  it('plays the chosen conversations, every one of them in the corpus', () => {
    expect(chosen.map((conversation) => conversation.name).sort()).toEqual([...PTY_CORPUS_NAMES].sort());
  });

  it.each(chosen.map((conversation, index) => [conversation.name, conversation, index] as const))(
    '%s',
    async (_name, conversation, index) => {
      const store = join(dataDir.path, `corpus-${index}`);
      const chat = new TerminalChat([EXAMPLE_PORTFOLIO, '--json', '--data-dir', store]);
      const runIds: string[] = [];
      for (const step of conversation.turns) {
        const turn = await chat.say(step.say);
        expect(corpusTurnProblems(turn, step)).toEqual([]);
        runIds.push(...turn.tool_results.flatMap((tool) => tool.run_ids));
      }
      expect(await chat.quit()).toBe(0);
      const runs: RunRecord[] = [];
      for (const id of runIds) {
        const shown = await runLeaseback(['runs', 'show', id, '--json', '--data-dir', store]);
        expect(shown.code, shown.stderr).toBe(0);
        runs.push(RunRecordSchema.parse(JSON.parse(shown.stdout)));
      }
      expect(corpusRunsProblems(runs, conversation.runs, markets)).toEqual([]);
    },
  );
});
