import type { Command } from 'commander';
import { Option } from 'commander';
import type { CommandEnvironment } from '../command-context.js';
import { writeOutputFile } from '../write-output-file.js';

const FORMATS = ['xlsx', 'csv', 'md', 'html'];

interface ExportOptions {
  readonly format: string;
  readonly output?: string;
  readonly force?: boolean;
}

function addExportOptions(command: Command): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'xlsx (workbook), csv, md or html (a one-page memo)').choices(FORMATS).default('xlsx'))
    .option('-o, --output <file>', 'where to write it; - for stdout (default: leaseback-<kind>-<id>.<format> here)')
    .option('--force', 'replace the file if it exists');
}

/**
 * `leaseback runs export <run-id> --format xlsx|csv|md|html [-o file]`: a stored
 * run as a workbook (Summary, Selected assets, Covenants, Excluded assets,
 * Economics, Audit trail), a CSV of its selected assets, or a memo.
 */
export function registerRunExport(runs: Command, environment: CommandEnvironment): void {
  const command = addExportOptions(
    runs
      .command('export')
      .summary('export a run as a workbook, CSV or memo')
      .description(
        'Export a stored run: xlsx (Summary, Selected assets, Covenants, Excluded assets, Economics, Audit trail), csv (the selected assets), md or html (a one-page memo).',
      )
      .argument('<run-id>', 'the run id'),
  );
  command.action((runId: string, options: ExportOptions) =>
    environment.execute(command, async (context) => {
      const service = await context.service();
      const document = await service.exportRun(runId, options.format);
      const written = await writeOutputFile(
        context.io,
        options.output ?? document.fileName,
        document.content,
        document.mediaType,
        options.force === true,
      );
      if (written.file !== '-')
        context.output.result(
          written,
          () => `Wrote ${written.file} (${written.bytes} bytes).`,
          () => written.file,
        );
    }),
  );
}

/**
 * `leaseback sets export <id> --format xlsx|csv|md|html [-o file]`: a stored
 * scenario set with its side-by-side comparison, then each scenario.
 */
export function registerSetExport(sets: Command, environment: CommandEnvironment): void {
  const command = addExportOptions(
    sets
      .command('export')
      .summary('export a scenario set as a workbook, CSV or memo')
      .description(
        "Export a stored scenario set: xlsx (the comparison, then each scenario's sheets), csv (the comparison), md or html (a memo).",
      )
      .argument('<id>', 'the scenario set id'),
  );
  command.action((id: string, options: ExportOptions) =>
    environment.execute(command, async (context) => {
      const service = await context.service();
      const document = await service.exportScenarioSet(id, options.format);
      const written = await writeOutputFile(
        context.io,
        options.output ?? document.fileName,
        document.content,
        document.mediaType,
        options.force === true,
      );
      if (written.file !== '-')
        context.output.result(
          written,
          () => `Wrote ${written.file} (${written.bytes} bytes).`,
          () => written.file,
        );
    }),
  );
}
