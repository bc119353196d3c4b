/**
 * What the economics block adds to greedy selection at 100k assets, measured
 * in one run per basis. Subject: the block's own work, on figures fresh from
 * `prepareSelection` (nothing memoised from an earlier run): the basis
 * coefficients of every asset the walk reaches (under IFRS 16 its lease
 * factors and lease liability, read the way the walk reads them), then the
 * `economics` block and capital-cost nodes of the selected set. Baseline:
 * greedy without the block, i.e. `selectAssets` (which includes it) less the
 * block. Ratio: subject / baseline; the goal is at most 20 %.
 *
 * Each side is measured in CPU time (`process.cpuUsage`, so time the process
 * waits for a core on a shared machine does not count), alternating the two
 * over many runs and keeping the fastest of each: slower runs measure other
 * load and garbage collection. The assets go through JSON and the domain
 * schema, as a portfolio file or API request does: objects built by spreading
 * in a loop each get their own hidden class, which makes every property read
 * in the engine megamorphic and both sides about twice as slow as on any real
 * input. Run with `npx tsx bench/economics.bench.ts` (also part of
 * `npm run bench`).
 */
import { AssetListSchema, type Asset, type CorporateState } from '@leaseback/domain';
import { selectAssets } from '../src/index.js';
import type { AssetFigures } from '../src/asset-figures.js';
import { resolveEngineConfig } from '../src/engine-config.js';
import { ebitdaChargeOn } from '../src/economics/accounting-basis.js';
import { capitalCostNodes, computeProgramEconomics } from '../src/economics/program-economics.js';
import { prepareSelection } from '../src/selection-context.js';
import { createRandom, generatePortfolio } from '../src/__fixtures__/portfolio-generator.js';

/** CPU milliseconds (user + system) `operation` takes. */
function cpuTime(operation: () => unknown): number {
  const start = process.cpuUsage();
  operation();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1_000;
}

const ASSETS = 100_000;
const RUNS = Number(process.env['RUNS']) || 25;
const GOAL = 0.2;
const engineConfig = resolveEngineConfig();

console.log(
  `Economics block against greedy selection, ${ASSETS.toLocaleString('en-US')} assets, fastest of ${RUNS} alternating runs (CPU ms)`,
);
console.log('basis   | subject: economics | baseline: greedy without it | ratio  | goal   | met? | selected');
for (const basis of ['us_gaap', 'ifrs16'] as const) {
  const instance = generatePortfolio(createRandom(20_260 + ASSETS), { assetCount: ASSETS, targetShare: [0.1, 0.3] });
  // A third of the sites with their own lease terms and escalators, as a real portfolio has.
  const generated = instance.assets.map((asset, index) =>
    index % 3 === 0 ? { ...asset, lease_term_years: 10 + (index % 16), rent_escalator: (index % 4) / 100 } : asset,
  );
  const assets: Asset[] = AssetListSchema.parse(JSON.parse(JSON.stringify(generated)));
  const corporateState: CorporateState = { ...instance.corporateState, accounting_basis: basis, tax_rate: 0.21 };
  const spec =
    basis === 'ifrs16'
      ? { ...instance.spec, hard_constraints: { ...instance.spec.hard_constraints, max_net_leverage: 10 } }
      : instance.spec;
  let outcome = selectAssets(assets, corporateState, spec);
  // The walk stops at the target: the assets ranked after it are "not needed" and never valued.
  const notNeeded = outcome.explanation_nodes.find((node) => node.kind === 'asset_not_needed')?.values['count'];
  const selectedIds = new Set(outcome.selected_asset_ids);
  let sink = 0;
  /** Fresh figures and terms, as each selection makes them (not timed): their memos start empty. */
  const prepare = (): { reached: readonly AssetFigures[]; selected: AssetFigures[]; prepared: ReturnType<typeof prepareSelection> } => {
    const prepared = prepareSelection(assets, corporateState, spec, engineConfig);
    if (!prepared.ok) throw new Error(`the bench instance does not compute: ${prepared.quantity}`);
    const { ranked } = prepared.context;
    const reached = ranked.slice(0, ranked.length - (typeof notNeeded === 'number' ? notNeeded : 0));
    return { reached, selected: reached.filter((figures) => selectedIds.has(figures.assetId)), prepared };
  };
  const economicsWork = ({ reached, selected, prepared }: ReturnType<typeof prepare>): void => {
    if (!prepared.ok) return;
    const terms = prepared.context.terms;
    const accountingBasis = terms.economics.accountingBasis;
    // What the block adds per asset the walk reaches (the basis coefficients; under IFRS 16 the lease
    // factors and liability, computed when the walk first reads them)...
    for (const figures of reached) sink += ebitdaChargeOn(accountingBasis, figures.rent) + figures.leaseDebt;
    // ...and per selected asset (IRRs, NPV costs, the program IRR, the nodes).
    const economics = computeProgramEconomics(terms, selected);
    sink += capitalCostNodes(economics).length;
  };
  for (let warm = 0; warm < 3; warm += 1) {
    selectAssets(assets, corporateState, spec);
    economicsWork(prepare());
  }
  const selectTimes: number[] = [];
  const economicsTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate the two so that drift in machine load affects both alike.
    const fresh = prepare();
    economicsTimes.push(cpuTime(() => economicsWork(fresh)));
    selectTimes.push(cpuTime(() => (outcome = selectAssets(assets, corporateState, spec))));
  }
  const subject = Math.min(...economicsTimes);
  const baseline = Math.min(...selectTimes) - subject;
  const ratio = subject / baseline;
  console.log(
    `${basis.padEnd(7)} | ${`${subject.toFixed(1)} ms`.padStart(18)} | ${`${baseline.toFixed(1)} ms`.padStart(27)} | ` +
      `${`${(ratio * 100).toFixed(1)} %`.padStart(6)} | <= ${GOAL * 100} % | ${(ratio <= GOAL ? 'yes' : 'no').padEnd(4)} | ` +
      `${String(outcome.selected_asset_ids.length).padStart(8)}` +
      (sink === -1 ? '' : ''),
  );
}
