import type { ProgramRequestInput } from '@leaseback/domain';

// Inlined by Vite (see vite.config.ts) from the repository's `examples/`.
declare const __EXAMPLE_PORTFOLIO__: unknown;
declare const __EXAMPLE_BRIEFS__: readonly { name: string; brief: string }[];

/** The example portfolio (Northwind Logistics, 34 sites), bundled so the console needs no file to start. */
export const EXAMPLE_PORTFOLIO = __EXAMPLE_PORTFOLIO__ as {
  company: string;
  description: string;
  corporate_state: ProgramRequestInput['corporate_state'];
  assets: ProgramRequestInput['assets'];
};

/** The example briefs, by name. */
export const EXAMPLE_BRIEFS: readonly { name: string; brief: string }[] = __EXAMPLE_BRIEFS__.map((entry) => ({
  name: entry.name,
  brief: entry.brief,
}));
