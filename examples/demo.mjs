// Runs the deterministic engine on the example portfolio for the first example
// brief and prints a readable report. Run it with `npm run demo` from the
// repository root (which builds the packages first).
import { readFile } from 'node:fs/promises';
import { PortfolioSchema, SelectorSpecSchema, parseInput } from '@leaseback/domain';
import { selectAssets } from '@leaseback/engine';

const examplesDirectory = new URL('./', import.meta.url);
const readJson = async (name) => JSON.parse(await readFile(new URL(name, examplesDirectory), 'utf8'));

const portfolio = parseInput(PortfolioSchema, await readJson('portfolio.json'), { subject: 'examples/portfolio.json' });
const briefs = await readJson('briefs.json');
const briefIndex = Number(process.argv[2] ?? 0);
const brief = briefs[briefIndex];
if (brief === undefined) {
  console.error(`No brief at index ${briefIndex}; examples/briefs.json has ${briefs.length}.`);
  process.exit(1);
}
const spec = parseInput(SelectorSpecSchema, brief.expected_spec, { subject: `examples/briefs.json[${briefIndex}].expected_spec` });

const outcome = selectAssets(portfolio.assets, portfolio.corporate_state, spec);

const money = (value) => `$${(value / 1e6).toFixed(1)}M`;
const ratio = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}x`);
const assetsById = new Map(portfolio.assets.map((asset) => [asset.asset_id, asset]));
const cashOf = (asset) => {
  const costRate = asset.transaction_cost_rate ?? portfolio.corporate_state.transaction_cost_rate;
  return (asset.market_rent / asset.cap_rate) * (1 - costRate) - asset.mortgage_balance;
};

console.log(`${portfolio.company ?? 'Portfolio'}: ${portfolio.assets.length} assets`);
console.log(`Brief "${brief.name}": ${brief.brief}`);
console.log('');
console.log(`Status:   ${outcome.status} (${outcome.strategy})`);
console.log(
  `Proceeds: ${money(outcome.proceeds)} against a target of ${money(outcome.target_amount)}` +
    (outcome.shortfall > 0 ? `, short by ${money(outcome.shortfall)}` : ''),
);
console.log('');
console.log(`Selected assets (${outcome.selected_asset_ids.length}):`);
for (const assetId of outcome.selected_asset_ids) {
  const asset = assetsById.get(assetId);
  console.log(`  ${assetId.padEnd(8)} ${asset.name.padEnd(44)} ${asset.market.padEnd(14)} ${money(cashOf(asset)).padStart(9)}`);
}
console.log('');
console.log('Covenants (before -> after, limit):');
for (const check of outcome.constraint_checks) {
  const format = check.name === 'max_market_share' ? (value) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`) : ratio;
  const flags = [check.passed ? 'ok' : 'BREACHED', check.binding ? 'binding' : ''].filter(Boolean).join(', ');
  console.log(`  ${check.name.padEnd(28)} ${format(check.before)} -> ${format(check.after)}  (limit ${format(check.limit)}; ${flags})`);
}
console.log('');
const exclusionCounts = new Map();
for (const excluded of outcome.excluded_assets) exclusionCounts.set(excluded.reason, (exclusionCounts.get(excluded.reason) ?? 0) + 1);
console.log(`Excluded assets (${outcome.excluded_assets.length}):`);
for (const [reason, count] of [...exclusionCounts].sort(([left], [right]) => left.localeCompare(right))) {
  console.log(`  ${reason.padEnd(28)} ${count}`);
}
if (outcome.reasons.length > 0) {
  console.log('');
  console.log('Reasons:');
  for (const reason of outcome.reasons) console.log(`  ${reason.code}: ${reason.message}`);
}
