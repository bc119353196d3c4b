/**
 * What the economics block adds to greedy selection at 100k assets, measured
 * in one run: the fastest time of `selectAssets` (which includes the block),
 * and the fastest time of the block's own work on the same input — the lease
 * liability and basis coefficients of every asset the walk reaches, plus the
 * `economics` block and capital-cost nodes of the selected set. The ratio
 * block / (selectAssets - block) is the share the block adds to greedy
 * without it. Run with `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import type { CorporateState } from '@leaseback/domain';
import { selectAssets } from '../src/index.js';
import { resolveEngineConfig } from '../src/engine-config.js';
import { resolveCorporateTerms } from '../src/corporate-terms.js';
import { ebitdaChargeOn, leasesAreDebtOn } from '../src/economics/accounting-basis.js';
import { capitalCostNodes, computeProgramEconomics } from '../src/economics/program-economics.js';
import { prepareSelection } from '../src/selection-context.js';
import { createRandom, generatePortfolio } from '../src/__fixtures__/portfolio-generator.js';

function time(operation: () => unknown): number {
  const start = performance.now();
  operation();
  return performance.now() - start;
}

const ASSETS = 100_000;
const RUNS = 15;
console.log('Economics block against greedy selection, 100k assets (fastest of alternating runs)');
console.log('basis    | selectAssets ms | economics ms | adds to greedy | selected');
for (const basis of ['us_gaap', 'ifrs16'] as const) {
  const instance = generatePortfolio(createRandom(20_260 + ASSETS), { assetCount: ASSETS, targetShare: [0.1, 0.3] });
  // A third of the sites with their own lease terms, as a real portfolio has.
  const assets = instance.assets.map((asset, index) =>
    index % 3 === 0 ? { ...asset, lease_term_years: 10 + (index % 16), rent_escalator: (index % 4) / 100 } : asset,
  );
  const corporateState: CorporateState = { ...instance.corporateState, accounting_basis: basis, tax_rate: 0.21 };
  const spec =
    basis === 'ifrs16'
      ? { ...instance.spec, hard_constraints: { ...instance.spec.hard_constraints, max_net_leverage: 10 } }
      : instance.spec;
  const prepared = prepareSelection(assets, corporateState, spec, resolveEngineConfig());
  if (!prepared.ok) throw new Error(`the bench instance does not compute: ${prepared.quantity}`);
  const { ranked } = prepared.context;
  let outcome = selectAssets(assets, corporateState, spec);
  // The walk stops at the target: the assets ranked after it are "not needed" and never valued.
  const notNeeded = outcome.explanation_nodes.find((node) => node.kind === 'asset_not_needed')?.values['count'];
  const reached = ranked.length - (typeof notNeeded === 'number' ? notNeeded : 0);
  const selectedIds = new Set(outcome.selected_asset_ids);
  const selected = ranked.filter((figures) => selectedIds.has(figures.assetId));
  let sink = 0;
  const economicsWork = (): void => {
    // Fresh terms, as each selection resolves them: their lease-factor memo starts empty.
    const terms = resolveCorporateTerms(corporateState, spec.program_terms);
    const basis = terms.economics.accountingBasis;
    // What the block adds per asset the walk reaches (the basis coefficients; under IFRS 16 the lease
    // liability, computed when the walk first reads it)...
    for (let index = 0; index < reached; index += 1) {
      const figures = ranked[index] as (typeof ranked)[number];
      sink += ebitdaChargeOn(basis, figures.rent) + (leasesAreDebtOn(basis) ? terms.valuation.leaseLiability(figures.asset) : 0);
    }
    // ...and per selected asset (IRRs, NPV costs, the program IRR, the nodes).
    const economics = computeProgramEconomics(terms, selected);
    sink += capitalCostNodes(economics).length;
  };
  for (let warm = 0; warm < 3; warm += 1) {
    selectAssets(assets, corporateState, spec);
    economicsWork();
  }
  const selectTimes: number[] = [];
  const economicsTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    economicsTimes.push(time(economicsWork));
    selectTimes.push(time(() => (outcome = selectAssets(assets, corporateState, spec))));
  }
  // The fastest run of each: on a shared machine the slower runs measure the other load and garbage collection.
  const selectMs = Math.min(...selectTimes);
  const economicsMs = Math.min(...economicsTimes);
  const adds = economicsMs / (selectMs - economicsMs);
  console.log(
    `${basis.padEnd(8)} | ${selectMs.toFixed(2).padStart(15)} | ${economicsMs.toFixed(2).padStart(12)} | ${`${(adds * 100).toFixed(1)} %`.padStart(14)} | ${String(outcome.selected_asset_ids.length).padStart(8)}` +
      (sink === -1 ? '' : ''),
  );
}
