import { Option, type Command } from 'commander';
import type { Portfolio, ProgramRequestInput } from '@leaseback/domain';
import { parseAmount, parseDecimal, parseList, parseRate, parseRatio } from './parse-option-values.js';
import { UsageError } from './cli-errors.js';
import { formatMoney } from './format-values.js';

/** The options of `plan`, `scenarios` and `capacity` that shape the program request. */
export interface ProgramRequestOptions {
  readonly brief: string;
  readonly fund?: string;
  readonly target?: number;
  readonly floor?: number;
  readonly maxLeverage?: number;
  readonly minCoverage?: number;
  readonly maxCriticality?: number;
  readonly minLeaseability?: number;
  readonly excludeMarkets?: string[];
  readonly strategy?: 'greedy' | 'exact';
  readonly objective?: 'min_proceeds' | 'min_npv_cost';
  readonly basis?: 'us_gaap' | 'ifrs16';
  readonly taxRate?: number;
  readonly leaseTerm?: number;
  readonly escalator?: number;
  /** For a CSV portfolio: the corporate state file (a company CSV or JSON). */
  readonly company?: string;
}

/** Adds `--brief` and the override options to a command. */
export function addProgramRequestOptions(command: Command): Command {
  return command
    .requiredOption('-b, --brief <text>', 'the brief, in plain English')
    .option('--company <file>', 'for a .csv portfolio: the corporate state, a company CSV (label,value rows) or JSON')
    .option('--fund <id>', 'fund the run belongs to')
    .option('--target <amount>', 'target proceeds, overriding the brief (e.g. 150M)', (value) => parseAmount(value, '--target'))
    .option('--floor <amount>', 'lowest target a revision may reach (e.g. 120M)', (value) => parseAmount(value, '--floor'))
    .option('--max-leverage <ratio>', 'net leverage covenant, e.g. 3.5x', (value) => parseRatio(value, '--max-leverage'))
    .option('--min-coverage <ratio>', 'fixed-charge coverage covenant, e.g. 2.0x', (value) => parseRatio(value, '--min-coverage'))
    .option('--max-criticality <score>', 'leave out assets more critical than this (0..1)', (value) =>
      parseDecimal(value, '--max-criticality'),
    )
    .option('--min-leaseability <score>', 'leave out assets less re-lettable than this (0..1)', (value) =>
      parseDecimal(value, '--min-leaseability'),
    )
    .option('--exclude-markets <list>', 'markets to leave out, comma-separated (e.g. Chicago,Newark)', parseList)
    .addOption(new Option('--strategy <name>', 'asset selection: greedy rule or exact optimum').choices(['greedy', 'exact']))
    .addOption(
      new Option(
        '--objective <name>',
        'exact strategy: sell no more than needed, or the cheapest capital (implies --strategy exact)',
      ).choices(['min_proceeds', 'min_npv_cost']),
    )
    .addOption(new Option('--basis <name>', 'accounting basis the covenants are tested on').choices(['us_gaap', 'ifrs16']))
    .option('--tax-rate <rate>', 'tax rate on a net gain on sale, e.g. 21% or 0.21', (value) => parseRate(value, '--tax-rate'))
    .option('--lease-term <years>', 'lease term of every sale, whole years 1..50', (value) => parseDecimal(value, '--lease-term'))
    .option('--escalator <rate>', 'annual rent escalator of every sale, e.g. 2% or 0.02', (value) => parseRate(value, '--escalator'));
}

/**
 * The program request for a portfolio and the command's options: the brief is
 * the program description, and each option given becomes the override of the
 * same meaning. Options left out are left out of the request, so the brief
 * decides them. Values are validated by the service.
 */
export function buildProgramRequest(portfolio: Portfolio, options: ProgramRequestOptions): ProgramRequestInput {
  // Both figures are on the command line: a floor above the target is a slip to point at, never a silent cap.
  if (options.target !== undefined && options.floor !== undefined && options.floor > options.target) {
    throw new UsageError(
      `--floor ${formatMoney(options.floor)} is above --target ${formatMoney(options.target)}: the floor is the lowest target a revision may reach`,
    );
  }
  const request: ProgramRequestInput = {
    assets: portfolio.assets,
    corporate_state: portfolio.corporate_state,
    program_description: options.brief,
  };
  return {
    ...request,
    ...(options.fund !== undefined ? { fund_id: options.fund } : {}),
    ...(options.target !== undefined ? { target_override: options.target } : {}),
    ...(options.floor !== undefined ? { floor_override: options.floor } : {}),
    ...(options.maxLeverage !== undefined ? { max_leverage_override: options.maxLeverage } : {}),
    ...(options.minCoverage !== undefined ? { min_coverage_override: options.minCoverage } : {}),
    ...(options.maxCriticality !== undefined ? { max_criticality_override: options.maxCriticality } : {}),
    ...(options.minLeaseability !== undefined ? { min_leaseability_override: options.minLeaseability } : {}),
    ...(options.excludeMarkets !== undefined ? { exclude_markets_override: options.excludeMarkets } : {}),
    ...(options.strategy !== undefined ? { strategy: options.strategy } : {}),
    ...(options.objective !== undefined ? { objective: options.objective } : {}),
    ...(options.basis !== undefined ? { accounting_basis_override: options.basis } : {}),
    ...(options.taxRate !== undefined ? { tax_rate_override: options.taxRate } : {}),
    ...(options.leaseTerm !== undefined ? { lease_term_override: options.leaseTerm } : {}),
    ...(options.escalator !== undefined ? { rent_escalator_override: options.escalator } : {}),
  };
}

// The request fields the options fill, so that a problem the service finds is
// reported against the option the user typed rather than a wire field.
const OPTION_BY_FIELD: Readonly<Record<string, string>> = {
  program_description: '--brief',
  brief: '--brief',
  fund_id: '--fund',
  target_override: '--target',
  floor_override: '--floor',
  max_leverage_override: '--max-leverage',
  min_coverage_override: '--min-coverage',
  max_criticality_override: '--max-criticality',
  min_leaseability_override: '--min-leaseability',
  exclude_markets_override: '--exclude-markets',
  strategy: '--strategy',
  objective: '--objective',
  accounting_basis_override: '--basis',
  tax_rate_override: '--tax-rate',
  lease_term_override: '--lease-term',
  rent_escalator_override: '--escalator',
  num_scenarios: '--scenarios',
  limit: '--limit',
  run_id: '<run-id>',
  id: '<id>',
};

/**
 * Names a problem's path as the user wrote it: `request.floor_override` →
 * `--floor`, `request.base_request.assets[3].cap_rate` → `assets[3].cap_rate`
 * (a path inside the portfolio file), `query.limit` → `--limit`.
 */
export function describeInputPath(path: string): string {
  const inside = path.replace(/^(request|query)(\.|$)/, '').replace(/^base_request(\.|$)/, '');
  const match = /^([^.[]+)(.*)$/.exec(inside);
  const option = match?.[1] !== undefined ? OPTION_BY_FIELD[match[1]] : undefined;
  return option !== undefined ? `${option}${match?.[2] ?? ''}` : inside;
}
