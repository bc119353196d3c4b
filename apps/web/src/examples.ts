import type { ProgramRequestInput } from '@leaseback/domain';
import briefs from '../../../examples/briefs.json';
import portfolio from '../../../examples/portfolio.json';

/** The example portfolio (Northwind Logistics, 34 sites), bundled so the console needs no file to start. */
export const EXAMPLE_PORTFOLIO = portfolio as unknown as {
  company: string;
  description: string;
  corporate_state: ProgramRequestInput['corporate_state'];
  assets: ProgramRequestInput['assets'];
};

/** The example briefs, by name. */
export const EXAMPLE_BRIEFS: readonly { name: string; brief: string }[] = briefs.map((entry) => ({ name: entry.name, brief: entry.brief }));
