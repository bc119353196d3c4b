// Measures how well a brief reader reads the evaluation sets, field by field: precision, recall
// and F1 over every brief. The sets are kept apart: eval/brief-evaluation-set.json, which the reader
// was tuned on; eval/brief-held-out-set.json, written afterwards and first measured before any
// change; eval/brief-fresh-check-set.json, written after the reader was changed for the held-out
// set's misses and measured once; and the numbered fresh sets eval/brief-fresh-check-set-N.json, each
// written after the reader was changed for the sets before it (from the third on by a writer who saw
// neither the reader's code nor its results nor the other sets), measured once, and only then used for
// changes to the reader like the others: a fresh set measures the reader only while nothing has been
// changed for its misses (`LAST_TUNED_ON`). packages/llm/README.md ("Measured reading") says what each
// set holds and what it measured. The offline reader always; a provider too when its key is in the
// environment (OPENAI_API_KEY, ANTHROPIC_API_KEY) and --provider names it. Never run in CI:
// `npm run eval:briefs [-- --provider openai] [-- --misses]`.
import { readFileSync } from 'node:fs';
import { ASSET_TYPES, PortfolioSchema, parseInput, type Asset, type AssetType, type SelectorSpec } from '@leaseback/domain';
import { createOfflineLlmClient } from '../src/offline/offline-llm-client.js';
import type { AssetSummary, LlmCallMetadata, LlmClient } from '../src/llm-client.js';

/** The fields a brief can state, as paths in a spec. */
const FIELDS = {
  target_amount: ['target_amount'],
  floor_amount: ['floor_amount'],
  max_net_leverage: ['hard_constraints', 'max_net_leverage'],
  min_fixed_charge_coverage: ['hard_constraints', 'min_fixed_charge_coverage'],
  max_lease_adjusted_leverage: ['hard_constraints', 'max_lease_adjusted_leverage'],
  max_market_share: ['hard_constraints', 'max_market_share'],
  max_rent_added: ['hard_constraints', 'max_rent_added'],
  max_criticality: ['asset_filters', 'max_criticality'],
  min_leaseability: ['asset_filters', 'min_leaseability'],
  asset_types: ['asset_filters', 'asset_types'],
  include_markets: ['asset_filters', 'include_markets'],
  exclude_markets: ['asset_filters', 'exclude_markets'],
  exclude_asset_ids: ['asset_filters', 'exclude_asset_ids'],
  exclude_mortgaged: ['asset_filters', 'exclude_mortgaged'],
  strategy: ['strategy'],
  lease_term_years: ['program_terms', 'lease_term_years'],
  rent_escalator: ['program_terms', 'rent_escalator'],
  accounting_basis: ['program_terms', 'accounting_basis'],
  tax_rate: ['program_terms', 'tax_rate'],
  objective: ['objective'],
} as const;
type Field = keyof typeof FIELDS;

interface EvaluationBrief {
  readonly brief: string;
  readonly expected: Partial<Record<Field, unknown>>;
  /** Written after the reader was tuned on the rest of the set. */
  readonly held_out?: boolean;
}

const root = new URL('../../../', import.meta.url);
function readSet(name: string): { briefs: EvaluationBrief[] } {
  return JSON.parse(readFileSync(new URL(`packages/llm/eval/${name}`, root), 'utf8')) as { briefs: EvaluationBrief[] };
}
const set = readSet('brief-evaluation-set.json');
const heldOutSet = readSet('brief-held-out-set.json');
const freshSet = readSet('brief-fresh-check-set.json');
const portfolio = parseInput(PortfolioSchema, JSON.parse(readFileSync(new URL('examples/portfolio.json', root), 'utf8')));

function summaryOf(assets: readonly Asset[]): AssetSummary {
  const markets = [...new Set(assets.map((asset) => asset.market.trim()))].sort();
  const present = new Set(assets.map((asset) => asset.asset_type));
  const assetTypes: AssetType[] = ASSET_TYPES.filter((type) => present.has(type));
  const total = assets.reduce((sum, asset) => sum + asset.market_rent / asset.cap_rate, 0);
  return {
    asset_count: assets.length,
    markets,
    asset_types: assetTypes,
    total_potential_proceeds: total,
    assets: assets.map((asset) => ({
      asset_id: asset.asset_id,
      name: asset.name,
      asset_type: asset.asset_type,
      market: asset.market.trim(),
    })),
    baseline: {
      ebitda: portfolio.corporate_state.ebitda,
      net_debt: portfolio.corporate_state.net_debt,
      net_leverage: null,
      fixed_charge_coverage: null,
    },
    text:
      `${assets.length} assets in ${markets.length} markets (${markets.join(', ')}): ` +
      assets.map((asset) => `${asset.asset_id} ${asset.name} (${asset.asset_type}, ${asset.market})`).join('; '),
  };
}

/** What the reader read: the spec's fields, less those it says it defaulted (a default is not a reading). */
function readFields(spec: SelectorSpec, metadata: LlmCallMetadata): Partial<Record<Field, unknown>> {
  const defaulted = new Set((metadata.notices ?? []).filter((notice) => notice.code.endsWith('_defaulted')).map((notice) => notice.field));
  const fields: Partial<Record<Field, unknown>> = {};
  for (const [field, path] of Object.entries(FIELDS) as [Field, readonly string[]][]) {
    if (defaulted.has(path.join('.'))) continue;
    let value: unknown = spec;
    for (const segment of path)
      value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[segment];
    // `false` is the default of exclude_mortgaged, not a reading.
    if (value === undefined || value === null || value === false) continue;
    fields[field] = value;
  }
  return fields;
}

/** A label written with at least this many decimals is a repeating fraction written out ("a third" as 0.3333). */
const WRITTEN_OUT_DECIMALS = 4;

/**
 * Whether a reading (`left`) is the label (`right`). Numbers match within rounding, and a label written out to four
 * or more decimals matches any reading that rounds to it: sets write "a third" as 0.3333 or as 0.3333333333333333,
 * and the reader's 1/3 is both.
 */
function same(left: unknown, right: unknown): boolean {
  if (typeof left === 'number' && typeof right === 'number') {
    const decimals = String(right).split('.')[1]?.length ?? 0;
    if (decimals >= WRITTEN_OUT_DECIMALS) return Math.abs(left - right) <= 0.5 * 10 ** -decimals;
    return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(right));
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    const normalise = (values: unknown[]) => values.map((value) => String(value).toLowerCase()).sort();
    return JSON.stringify(normalise(left)) === JSON.stringify(normalise(right));
  }
  return left === right;
}

interface Tally {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

async function evaluate(client: LlmClient, briefs: readonly EvaluationBrief[], showMisses: boolean): Promise<Map<Field, Tally>> {
  const tallies = new Map<Field, Tally>(
    Object.keys(FIELDS).map((field) => [field as Field, { truePositive: 0, falsePositive: 0, falseNegative: 0 }]),
  );
  const summary = summaryOf(portfolio.assets);
  for (const item of briefs) {
    const { value, metadata } = await client.generateSelectorSpec(item.brief, summary);
    const read = readFields(value, metadata);
    const misses: string[] = [];
    for (const field of Object.keys(FIELDS) as Field[]) {
      const tally = tallies.get(field) as Tally;
      // Every spec has a strategy: a brief that names none asks for the default, greedy.
      const expected = field === 'strategy' ? (item.expected[field] ?? 'greedy') : item.expected[field];
      const got = read[field];
      if (expected !== undefined && got !== undefined && same(got, expected)) tally.truePositive += 1;
      else {
        if (got !== undefined) tally.falsePositive += 1;
        if (expected !== undefined) tally.falseNegative += 1;
        if (got !== undefined || expected !== undefined)
          misses.push(`${field}: expected ${JSON.stringify(expected)}, read ${JSON.stringify(got)}`);
      }
    }
    if (showMisses && misses.length > 0) console.log(`- ${item.brief}\n    ${misses.join('\n    ')}`);
  }
  return tallies;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function printTable(name: string, count: number, tallies: Map<Field, Tally>): void {
  console.log(`\n${name}: ${count} briefs\n`);
  console.log('| Field | Stated | Precision | Recall | F1 |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [field, tally] of tallies) {
    const precision = ratio(tally.truePositive, tally.truePositive + tally.falsePositive);
    const recall = ratio(tally.truePositive, tally.truePositive + tally.falseNegative);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const stated = tally.truePositive + tally.falseNegative;
    console.log(`| ${field} | ${stated} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} |`);
  }
}

async function providerClient(name: string): Promise<LlmClient | null> {
  // Loaded by name so that the reader package does not depend on its adapters.
  if (name === 'openai' && process.env['OPENAI_API_KEY'])
    return ((await import('@leaseback/llm-openai' as string)) as { createOpenAiLlmClient: () => LlmClient }).createOpenAiLlmClient();
  if (name === 'anthropic' && process.env['ANTHROPIC_API_KEY'])
    return (
      (await import('@leaseback/llm-anthropic' as string)) as { createAnthropicLlmClient: () => LlmClient }
    ).createAnthropicLlmClient();
  console.log(`\n${name}: skipped (no API key in the environment)`);
  return null;
}

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
/** The ordinal of each numbered fresh set, as its table's title says it. */
const ORDINALS = [
  '',
  '',
  ...'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first thirty-second thirty-third thirty-fourth thirty-fifth thirty-sixth thirty-seventh thirty-eighth thirty-ninth fortieth forty-first forty-second forty-third forty-fourth forty-fifth forty-sixth forty-seventh forty-eighth forty-ninth fiftieth fifty-first fifty-second fifty-third fifty-fourth fifty-fifth fifty-sixth fifty-seventh fifty-eighth fifty-ninth sixtieth sixty-first sixty-second sixty-third sixty-fourth sixty-fifth sixty-sixth sixty-seventh sixty-eighth sixty-ninth seventieth seventy-first seventy-second seventy-third seventy-fourth seventy-fifth seventy-sixth seventy-seventh seventy-eighth seventy-ninth eightieth eighty-first eighty-second eighty-third eighty-fourth eighty-fifth eighty-sixth eighty-seventh eighty-eighth eighty-ninth ninetieth ninety-first ninety-second ninety-third ninety-fourth ninety-fifth ninety-sixth ninety-seventh ninety-eighth ninety-ninth hundredth hundred-and-first hundred-and-second hundred-and-third hundred-and-fourth hundred-and-fifth hundred-and-sixth hundred-and-seventh hundred-and-eighth hundred-and-ninth hundred-and-tenth hundred-and-eleventh hundred-and-twelfth hundred-and-thirteenth hundred-and-fourteenth hundred-and-fifteenth hundred-and-sixteenth hundred-and-seventeenth hundred-and-eighteenth hundred-and-nineteenth hundred-and-twentieth hundred-and-twenty-first hundred-and-twenty-second hundred-and-twenty-third hundred-and-twenty-fourth hundred-and-twenty-fifth hundred-and-twenty-sixth hundred-and-twenty-seventh hundred-and-twenty-eighth hundred-and-twenty-ninth hundred-and-thirtieth hundred-and-thirty-first hundred-and-thirty-second hundred-and-thirty-third hundred-and-thirty-fourth hundred-and-thirty-fifth hundred-and-thirty-sixth hundred-and-thirty-seventh hundred-and-thirty-eighth hundred-and-thirty-ninth hundred-and-fortieth hundred-and-forty-first hundred-and-forty-second hundred-and-forty-third hundred-and-forty-fourth hundred-and-forty-fifth hundred-and-forty-sixth hundred-and-forty-seventh hundred-and-forty-eighth hundred-and-forty-ninth hundred-and-fiftieth hundred-and-fifty-first hundred-and-fifty-second hundred-and-fifty-third hundred-and-fifty-fourth'.split(
    ' ',
  ),
];
/** The last numbered fresh set the reader was changed for; those after it are measured once and untouched. */
const LAST_TUNED_ON = 154;
const numberedSets: [string, { briefs: EvaluationBrief[] }][] = [];
for (let number = 2; number < ORDINALS.length; number += 1) {
  const file = `brief-fresh-check-set-${number}.json`;
  // The second set was written by the same hand as the first; from the third on, each writer worked blind.
  const how = `${number === 2 ? '' : 'written blind, '}measured once${number <= LAST_TUNED_ON ? ', then tuned on' : ''}`;
  numberedSets.push([`offline, ${ORDINALS[number]} fresh check set (${file}, ${how})`, readSet(file)]);
}
const offlineSets: readonly [string, { briefs: EvaluationBrief[] }][] = [
  ['offline, tuned set (brief-evaluation-set.json)', set],
  ['offline, held-out set (brief-held-out-set.json)', heldOutSet],
  ['offline, fresh check set (brief-fresh-check-set.json, written after the held-out fixes)', freshSet],
  ...numberedSets,
];
for (const [title, evaluationSet] of offlineSets) {
  printTable(title, evaluationSet.briefs.length, await evaluate(createOfflineLlmClient(), evaluationSet.briefs, showMisses));
}
const providerIndex = args.indexOf('--provider');
const provider = providerIndex >= 0 ? args[providerIndex + 1] : undefined;
if (provider !== undefined) {
  const client = await providerClient(provider);
  if (client !== null) {
    printTable(`${provider}, tuned set`, set.briefs.length, await evaluate(client, set.briefs, showMisses));
    printTable(`${provider}, held-out set`, heldOutSet.briefs.length, await evaluate(client, heldOutSet.briefs, showMisses));
  }
}
