// Measures how well a brief reader reads the evaluation sets, field by field: precision, recall
// and F1 over every brief. Thirty-two sets, kept apart: eval/brief-evaluation-set.json, which the reader
// was tuned on, eval/brief-held-out-set.json, written afterwards and first measured before any
// change, eval/brief-fresh-check-set.json, written after the reader was changed for the
// held-out set's misses and measured once, and eval/brief-fresh-check-set-2.json, written after the
// reader was changed for the first fresh set's misses and measured once, then used for tuning like the
// others (a fresh set measures the reader only while nothing is changed for its misses), and
// eval/brief-fresh-check-set-3.json, written without sight of the reader's code or results after the
// reader was changed for the second fresh set, measured once, then tuned on as well, and
// eval/brief-fresh-check-set-4.json, written the same way after the reader was changed for the third,
// measured once, then tuned on as well, and eval/brief-fresh-check-set-5.json, written the same way
// (its writer saw none of the other sets either) after the reader was changed for the fourth, measured
// once, then tuned on as well, and eval/brief-fresh-check-set-6.json, written the same way after the
// reader was changed for the fifth, measured once, then tuned on as well, and
// eval/brief-fresh-check-set-7.json, written the same way after the reader was changed for the sixth,
// measured once, then tuned on as well, and eval/brief-fresh-check-set-8.json, written the same way
// after the reader was changed for the seventh, measured once, then tuned on as well, and
// eval/brief-fresh-check-set-9.json, written the same way after the reader was changed for the eighth,
// measured once, then tuned on as well, and eval/brief-fresh-check-set-10.json (200 briefs), written
// the same way after the reader was changed for the ninth, measured once, then tuned on as well, and
// eval/brief-fresh-check-set-11.json (250 briefs), written the same way after the reader was changed for
// the tenth, measured once, then tuned on as well, and eval/brief-fresh-check-set-12.json (250 briefs,
// most of them composed by the writer's own script from phrasings it wrote), written the same way after
// the reader was changed for the eleventh, measured once, then tuned on as well, and
// eval/brief-fresh-check-set-13.json (250 briefs, each written by hand), written the same way after the reader was
// changed for the twelfth, measured once, then tuned on as well, and eval/brief-fresh-check-set-14.json (250
// briefs, each written by hand), written the same way after the reader was changed for the thirteenth, measured
// once, then tuned on as well, and eval/brief-fresh-check-set-15.json (250 briefs, each written by hand),
// written the same way after the reader was changed for the fourteenth, measured once, then tuned on as well,
// and eval/brief-fresh-check-set-16.json (250 briefs, each written by hand), written the same way after the reader
// was changed for the fifteenth, measured once, then tuned on as well, and eval/brief-fresh-check-set-17.json
// (250 briefs, each written by hand), written the same way after the reader was changed for the sixteenth,
// measured once, then tuned on as well, and eval/brief-fresh-check-set-18.json (250 briefs, each written by hand),
// written the same way after the reader was changed for the seventeenth, measured once, then tuned on as well, and
// eval/brief-fresh-check-set-19.json and eval/brief-fresh-check-set-20.json (250 briefs each, each written by hand by
// two writers apart), written the same way after the reader was changed for the eighteenth, measured once, then tuned
// on as well, and eval/brief-fresh-check-set-21.json and eval/brief-fresh-check-set-22.json (250 briefs each, each
// written by hand by two more writers apart), written the same way after the reader was changed for those two,
// measured once, then tuned on as well, and eval/brief-fresh-check-set-23.json and eval/brief-fresh-check-set-24.json
// (250 briefs each, by two more writers apart), written the same way after the reader was changed for those two,
// measured once, then tuned on as well, and eval/brief-fresh-check-set-25.json and eval/brief-fresh-check-set-26.json
// (250 briefs each, by two more writers apart), written the same way after the reader was changed for those two,
// measured once, then tuned on as well, and eval/brief-fresh-check-set-27.json and eval/brief-fresh-check-set-28.json
// (250 briefs each, by two more writers apart), written the same way after the reader was changed for those two,
// measured once, then tuned on as well, and eval/brief-fresh-check-set-29.json and eval/brief-fresh-check-set-30.json
// (250 briefs each, by two more writers apart), written the same way after the reader was changed for those two, and
// measured once. The offline reader always; a provider too
// when its key is in the environment (OPENAI_API_KEY, ANTHROPIC_API_KEY) and --provider names it. Never run in CI: `npm run eval:briefs [-- --provider openai] [-- --misses]`.
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
const secondFreshSet = readSet('brief-fresh-check-set-2.json');
const thirdFreshSet = readSet('brief-fresh-check-set-3.json');
const fourthFreshSet = readSet('brief-fresh-check-set-4.json');
const fifthFreshSet = readSet('brief-fresh-check-set-5.json');
const sixthFreshSet = readSet('brief-fresh-check-set-6.json');
const seventhFreshSet = readSet('brief-fresh-check-set-7.json');
const eighthFreshSet = readSet('brief-fresh-check-set-8.json');
const ninthFreshSet = readSet('brief-fresh-check-set-9.json');
const tenthFreshSet = readSet('brief-fresh-check-set-10.json');
const eleventhFreshSet = readSet('brief-fresh-check-set-11.json');
const twelfthFreshSet = readSet('brief-fresh-check-set-12.json');
const thirteenthFreshSet = readSet('brief-fresh-check-set-13.json');
const fourteenthFreshSet = readSet('brief-fresh-check-set-14.json');
const fifteenthFreshSet = readSet('brief-fresh-check-set-15.json');
const sixteenthFreshSet = readSet('brief-fresh-check-set-16.json');
const seventeenthFreshSet = readSet('brief-fresh-check-set-17.json');
const eighteenthFreshSet = readSet('brief-fresh-check-set-18.json');
const nineteenthFreshSet = readSet('brief-fresh-check-set-19.json');
const twentiethFreshSet = readSet('brief-fresh-check-set-20.json');
const twentyFirstFreshSet = readSet('brief-fresh-check-set-21.json');
const twentySecondFreshSet = readSet('brief-fresh-check-set-22.json');
const twentyThirdFreshSet = readSet('brief-fresh-check-set-23.json');
const twentyFourthFreshSet = readSet('brief-fresh-check-set-24.json');
const twentyFifthFreshSet = readSet('brief-fresh-check-set-25.json');
const twentySixthFreshSet = readSet('brief-fresh-check-set-26.json');
const twentySeventhFreshSet = readSet('brief-fresh-check-set-27.json');
const twentyEighthFreshSet = readSet('brief-fresh-check-set-28.json');
const twentyNinthFreshSet = readSet('brief-fresh-check-set-29.json');
const thirtiethFreshSet = readSet('brief-fresh-check-set-30.json');
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

function same(left: unknown, right: unknown): boolean {
  if (typeof left === 'number' && typeof right === 'number') return Math.abs(left - right) <= 1e-9 * Math.max(1, Math.abs(right));
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
const offlineSets: readonly [string, typeof set][] = [
  ['offline, tuned set (brief-evaluation-set.json)', set],
  ['offline, held-out set (brief-held-out-set.json)', heldOutSet],
  ['offline, fresh check set (brief-fresh-check-set.json, written after the held-out fixes)', freshSet],
  ['offline, second fresh check set (brief-fresh-check-set-2.json, measured once, then tuned on)', secondFreshSet],
  ['offline, third fresh check set (brief-fresh-check-set-3.json, written blind, measured once, then tuned on)', thirdFreshSet],
  ['offline, fourth fresh check set (brief-fresh-check-set-4.json, written blind, measured once, then tuned on)', fourthFreshSet],
  ['offline, fifth fresh check set (brief-fresh-check-set-5.json, written blind, measured once, then tuned on)', fifthFreshSet],
  ['offline, sixth fresh check set (brief-fresh-check-set-6.json, written blind, measured once, then tuned on)', sixthFreshSet],
  ['offline, seventh fresh check set (brief-fresh-check-set-7.json, written blind, measured once, then tuned on)', seventhFreshSet],
  ['offline, eighth fresh check set (brief-fresh-check-set-8.json, written blind, measured once, then tuned on)', eighthFreshSet],
  ['offline, ninth fresh check set (brief-fresh-check-set-9.json, written blind, measured once, then tuned on)', ninthFreshSet],
  ['offline, tenth fresh check set (brief-fresh-check-set-10.json, written blind, measured once, then tuned on)', tenthFreshSet],
  ['offline, eleventh fresh check set (brief-fresh-check-set-11.json, written blind, measured once, then tuned on)', eleventhFreshSet],
  ['offline, twelfth fresh check set (brief-fresh-check-set-12.json, written blind, measured once, then tuned on)', twelfthFreshSet],
  ['offline, thirteenth fresh check set (brief-fresh-check-set-13.json, written blind, measured once, then tuned on)', thirteenthFreshSet],
  ['offline, fourteenth fresh check set (brief-fresh-check-set-14.json, written blind, measured once, then tuned on)', fourteenthFreshSet],
  ['offline, fifteenth fresh check set (brief-fresh-check-set-15.json, written blind, measured once, then tuned on)', fifteenthFreshSet],
  ['offline, sixteenth fresh check set (brief-fresh-check-set-16.json, written blind, measured once, then tuned on)', sixteenthFreshSet],
  [
    'offline, seventeenth fresh check set (brief-fresh-check-set-17.json, written blind, measured once, then tuned on)',
    seventeenthFreshSet,
  ],
  ['offline, eighteenth fresh check set (brief-fresh-check-set-18.json, written blind, measured once, then tuned on)', eighteenthFreshSet],
  ['offline, nineteenth fresh check set (brief-fresh-check-set-19.json, written blind, measured once, then tuned on)', nineteenthFreshSet],
  ['offline, twentieth fresh check set (brief-fresh-check-set-20.json, written blind, measured once, then tuned on)', twentiethFreshSet],
  [
    'offline, twenty-first fresh check set (brief-fresh-check-set-21.json, written blind, measured once, then tuned on)',
    twentyFirstFreshSet,
  ],
  [
    'offline, twenty-second fresh check set (brief-fresh-check-set-22.json, written blind, measured once, then tuned on)',
    twentySecondFreshSet,
  ],
  [
    'offline, twenty-third fresh check set (brief-fresh-check-set-23.json, written blind, measured once, then tuned on)',
    twentyThirdFreshSet,
  ],
  [
    'offline, twenty-fourth fresh check set (brief-fresh-check-set-24.json, written blind, measured once, then tuned on)',
    twentyFourthFreshSet,
  ],
  [
    'offline, twenty-fifth fresh check set (brief-fresh-check-set-25.json, written blind, measured once, then tuned on)',
    twentyFifthFreshSet,
  ],
  [
    'offline, twenty-sixth fresh check set (brief-fresh-check-set-26.json, written blind, measured once, then tuned on)',
    twentySixthFreshSet,
  ],
  [
    'offline, twenty-seventh fresh check set (brief-fresh-check-set-27.json, written blind, measured once, then tuned on)',
    twentySeventhFreshSet,
  ],
  [
    'offline, twenty-eighth fresh check set (brief-fresh-check-set-28.json, written blind, measured once, then tuned on)',
    twentyEighthFreshSet,
  ],
  ['offline, twenty-ninth fresh check set (brief-fresh-check-set-29.json, written blind, measured once)', twentyNinthFreshSet],
  ['offline, thirtieth fresh check set (brief-fresh-check-set-30.json, written blind, measured once)', thirtiethFreshSet],
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
