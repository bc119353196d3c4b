import type { CliCommand } from '../command-context.js';
import { UsageError } from '../cli-errors.js';
import { readPortfolio } from '../read-portfolio.js';
import { writeOutputFile } from '../write-output-file.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `leaseback template portfolio.xlsx [--from portfolio.json] [--force]`: writes
 * the portfolio workbook layout, blank and annotated (a note on every header,
 * a Read me sheet, Excel's own checks on scores and rates), or filled with a
 * portfolio from any file `plan` reads. Needs no store.
 */
export const templateCommand: CliCommand = {
  register(program, environment) {
    const command = program
      .command('template')
      .summary('write a blank, annotated portfolio workbook')
      .description(
        'Write the portfolio workbook layout (Read me, Assets and Company sheets) to an .xlsx file, blank and annotated, or filled from a portfolio file with --from.',
      )
      .argument('<file.xlsx>', 'the workbook to write')
      .option('--from <portfolio>', 'fill it with this portfolio (JSON, .xlsx or .csv with --company)')
      .option('--company <file>', 'with a .csv --from: the corporate state (company CSV or JSON)')
      .option('--force', 'replace the file if it exists');
    command.action((file: string, options: { from?: string; company?: string; force?: boolean }) =>
      environment.execute(command, async (context) => {
        if (!/\.xlsx$/i.test(file)) throw new UsageError(`${file}: the template is an Excel workbook; name it with .xlsx`);
        const portfolio =
          options.from === undefined
            ? undefined
            : await readPortfolio(options.from, options.company === undefined ? {} : { company: options.company });
        const { writePortfolioWorkbook } = await import('@leaseback/workbook');
        const written = await writeOutputFile(context.io, file, await writePortfolioWorkbook(portfolio), XLSX, options.force === true);
        context.output.result(
          written,
          () =>
            portfolio
              ? `Wrote ${written.file}: ${portfolio.assets.length} assets in the portfolio workbook layout.`
              : `Wrote ${written.file}: fill in the Assets and Company sheets (hover over a header for what it means), then run\n  leaseback plan ${file} --brief "…"`,
          () => written.file,
        );
      }),
    );
  },
};
