import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CliCommand, CommandContext } from '../command-context.js';
import { createTextStyle, supportsColor } from '../text-style.js';
import { describeError, renderErrorText } from '../describe-error.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { readPortfolio } from '../read-portfolio.js';
import { renderChatSession, renderChatTurn } from './chat-rendering.js';

/** What `/help` prints. */
export const CHAT_HELP = [
  'Talk to plan: "Raise $150M from our warehouses, net leverage under 3.5x, FCCR at least 2x",',
  '"also show me 3 scenarios", "hold on", "resume", "cancel the what-if", "yes, run it", "explain run <id>".',
  'Commands: /state shows the session, /help this text, /quit ends (so does end of input).',
].join('\n');

/**
 * `leaseback chat <portfolio.json> [--fund <id>]`: a guided planning session.
 * Reads one message per line from standard input (a terminal or a pipe), prints
 * the reply and what each scenario contributes (type, step, fields asked,
 * checkpoint, tools) and the tools that ran (run id, status, proceeds).
 * `/state` prints the session, `/quit` or the end of input ends with status 0.
 * With `--json` every turn prints one `TurnResponse` per line (and `/state` one
 * session); an error prints one `{ "error": ... }` line and the conversation goes on.
 */
export const chatCommand: CliCommand = {
  register(program, environment) {
    const command = program
      .command('chat')
      .summary('plan through a guided conversation')
      .description(
        'Start a guided planning session on a portfolio file and talk to it, one message per line. /state shows the session, /quit ends it.',
      )
      .argument('<portfolio>', 'portfolio file: JSON, .xlsx (Assets and Company sheets) or .csv (with --company)')
      .option('--fund <id>', 'the fund the session and its runs belong to')
      .option('--company <file>', 'for a .csv portfolio: the corporate state, a company CSV (label,value rows) or JSON');
    command.action((file: string, options: { fund?: string; company?: string }) =>
      environment.execute(command, async (context) => {
        const portfolio = await readPortfolio(file, options.company === undefined ? {} : { company: options.company });
        const service = await context.service();
        const session = await service.createSession({ portfolio, fund_id: options.fund ?? null });
        return converse(context, session.session_id, portfolio.company ?? file, portfolio.assets.length);
      }),
    );
  },
};

async function converse(context: CommandContext, sessionId: string, company: string, assetCount: number): Promise<ExitCode> {
  const { io, output } = context;
  const service = await context.service();
  const input = ((io as { stdin?: Readable }).stdin ?? process.stdin) as Readable & { isTTY?: boolean };
  const interactive = input.isTTY === true && !output.json;
  const reader = createInterface({ input, ...(interactive ? { output: io.stdout, terminal: true } : { terminal: false }) });
  const errorStyle = createTextStyle(supportsColor({ colorOption: context.options.color, env: io.env, isTty: io.stderr.isTTY === true }));
  let interrupted = false;
  const stop = (): void => {
    interrupted = true;
    reader.close();
  };
  // A terminal's Ctrl-C reaches the reader (raw mode); a signal reaches the runner, which aborts.
  reader.on('SIGINT', stop);
  context.signal.addEventListener('abort', stop, { once: true });

  output.note(`Session ${sessionId} on ${company} (${assetCount} assets). Type /help for help, /quit to end.`);
  reader.setPrompt('you> ');
  if (interactive) reader.prompt();
  try {
    for await (const raw of reader) {
      const line = raw.trim();
      if (line === '') {
        if (interactive) reader.prompt();
        continue;
      }
      if (line === '/quit' || line === '/exit') break;
      if (line === '/help') io.stdout.write(`${CHAT_HELP}\n`);
      else if (line === '/state') {
        try {
          const view = await service.getSession(sessionId);
          io.stdout.write(output.json ? `${JSON.stringify(view)}\n` : renderChatSession(view, output.style));
        } catch (thrown) {
          reportTurnError(context, thrown, errorStyle);
        }
      } else if (line.startsWith('/')) io.stderr.write(`unknown command ${line}; type /help\n`);
      else {
        try {
          const turn = await output.progress('thinking', (update) =>
            service.postTurn(sessionId, { message: line }, { signal: context.signal, onProgress: update }),
          );
          io.stdout.write(output.json ? `${JSON.stringify(turn)}\n` : renderChatTurn(turn, output.style));
        } catch (thrown) {
          if (context.signal.aborted) break;
          reportTurnError(context, thrown, errorStyle);
        }
      }
      if (interrupted) break;
      if (interactive) reader.prompt();
    }
  } finally {
    context.signal.removeEventListener('abort', stop);
    reader.close();
  }
  return interrupted || context.signal.aborted ? EXIT_CODES.interrupted : EXIT_CODES.success;
}

/** A failed turn is reported and the conversation goes on. */
function reportTurnError(context: CommandContext, thrown: unknown, style: ReturnType<typeof createTextStyle>): void {
  const { report } = describeError(thrown);
  if (context.output.json) context.io.stdout.write(`${JSON.stringify({ error: report })}\n`);
  else context.io.stderr.write(renderErrorText(report, style));
}
