import { readFileSync } from 'node:fs';
import { PortfolioSchema, type ProgramRequestInput, type ScenarioSetRequestInput } from '@leaseback/domain';

const examplesDirectory = new URL('../../../../examples/', import.meta.url);

/** The example portfolio (Northwind Logistics, 34 sites) from the repository's `examples/`. */
export const portfolio = PortfolioSchema.parse(JSON.parse(readFileSync(new URL('portfolio.json', examplesDirectory), 'utf8')));

/** The example briefs, by name. */
export const briefs: Record<string, string> = Object.fromEntries(
  (JSON.parse(readFileSync(new URL('briefs.json', examplesDirectory), 'utf8')) as { name: string; brief: string }[]).map((entry) => [
    entry.name,
    entry.brief,
  ]),
);

/** Feasible as written (the examples' README): the generic warehouses alone raise $150M. */
export const feasibleBrief = briefs['distribution-centers-150m'] as string;

/** Far beyond the whole portfolio (about $1.9B of proceeds in all), so infeasible even after revision. */
export const infeasibleBrief = 'Raise $5 billion, keep net leverage below 3.5x and FCCR of at least 2.0x.';

/** A program request on the example portfolio. */
export function programRequest(brief: string, extra: Partial<ProgramRequestInput> = {}): ProgramRequestInput {
  return {
    assets: portfolio.assets,
    corporate_state: portfolio.corporate_state,
    program_type: 'slb',
    program_description: brief,
    ...extra,
  };
}

/** A scenario set request on the example portfolio. */
export function scenarioSetRequest(brief: string, extra: Partial<ScenarioSetRequestInput> = {}): ScenarioSetRequestInput {
  return { brief, base_request: programRequest(brief), num_scenarios: 3, ...extra };
}
