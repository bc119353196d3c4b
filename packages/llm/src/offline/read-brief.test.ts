import { SelectorSpecSchema } from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExampleBrief } from '../__fixtures__/example-brief-reading.js';
import { BRIEF_TABLE_SUMMARY } from './__fixtures__/briefs.js';
import { createOfflineLlmClient } from './offline-llm-client.js';
import { PlaceVocabulary } from './place-vocabulary.js';
import { USES_BEFORE_COMPILED } from './read-bounds.js';
import { readBrief } from './read-brief.js';

const client = createOfflineLlmClient();
const vocabulary = new PlaceVocabulary(BRIEF_TABLE_SUMMARY.markets);
const read = (brief: string) => readBrief(brief, { vocabulary, portfolioTypes: BRIEF_TABLE_SUMMARY.asset_types, conversational: false });

/** Words and phrases the parser knows, to build briefs that reach deep into it. */
const VOCABULARY_WORDS = [
  'raise',
  '$50M',
  '$1.2bn',
  '12,500,000',
  'at least',
  'no less than',
  'minimum',
  'leverage',
  'net',
  'lease-adjusted',
  'under',
  'below',
  'above',
  'max',
  'min',
  '3.5x',
  '4 turns',
  '2x',
  'FCCR',
  'coverage',
  '40%',
  'any one market',
  'exclude',
  'outside',
  'not in',
  'avoid',
  'only',
  'in',
  'Dallas',
  'Texas',
  'Boston',
  'and',
  'or',
  ',',
  '.',
  ';',
  'DCs',
  'warehouses',
  'plants',
  'HQ',
  'stores',
  'data centers',
  'labs',
  'nothing',
  'mission-critical',
  'non-core',
  'easily re-lettable',
  'leasable',
  'generic boxes',
  'criticality',
  'leaseability',
  '0.6',
  'optimal',
  'except',
  'asset',
  'DAL-01',
  'keep',
  'our',
  'no',
  'between',
  '-',
  'to',
  '$40-50M',
  'three scenarios',
  'yes',
  'cancel',
];
const wordSoup = fc.array(fc.constantFrom(...VOCABULARY_WORDS), { maxLength: 30 }).map((words) => words.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), wordSoup);

describe('covenant forms compiled with the names a brief uses', () => {
  // Each brief is read past the point its names are compiled alone: dozens of readings, slow on a busy machine.
  it('read a brief exactly as the forms with every name do, on its first readings and once compiled alone', () => {
    const briefs = [
      'Raise $90M; rent-adjusted leverage no higher than 5.1x, fixed-charge cover ratio at least 1.7x, net debt to EBITDA under 3.2x.',
      'Target 120 million. Debt/EBITDAR matters to the agency, so keep that at 4.75x or lower; FCCR?\nTom: stays above 2.1x',
      'We need $60M. 3.25x max net leverage, and the lease-adjusted ratio currently sits near 4.9x but it must not be higher than 5.3x.',
    ];
    for (const brief of briefs) {
      // The first readings use the forms with every name; then they are compiled with this brief's names alone.
      const readings = Array.from({ length: USES_BEFORE_COMPILED + 2 }, () => read(brief));
      for (const reading of readings.slice(1)) expect(reading).toEqual(readings[0]);
    }
    expect(read(briefs[0] as string)).toMatchObject({
      max_lease_adjusted_leverage: 5.1,
      min_fixed_charge_coverage: 1.7,
      max_net_leverage: 3.2,
    });
  }, 120_000);
});

describe('readBrief', () => {
  it('never throws and always yields a valid spec, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (brief) => {
        const { value, metadata } = await client.generateSelectorSpec(brief, BRIEF_TABLE_SUMMARY);
        expect(SelectorSpecSchema.safeParse(value).success).toBe(true);
        expect(metadata.raw_output).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('is deterministic: the same brief gives the same spec and metadata', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (brief) => {
        const first = await client.generateSelectorSpec(brief, BRIEF_TABLE_SUMMARY);
        const second = await createOfflineLlmClient().generateSelectorSpec(brief, BRIEF_TABLE_SUMMARY);
        expect(second).toStrictEqual(first);
      }),
    );
  });

  it('reports every unrecognized phrase as text from the brief', () => {
    fc.assert(
      fc.property(wordSoup, (brief) => {
        const normalised = brief.replace(/\s+/g, ' ');
        for (const phrase of read(brief).unrecognized.filter((entry) => !entry.includes('('))) {
          expect(normalised.toLowerCase()).toContain(phrase.toLowerCase());
        }
      }),
    );
  });

  it('quotes a phrase not understood as written, a lone dot before a figure included', () => {
    // A dot standing alone before a figure reads as a table's dot leader; the report still quotes the brief.
    expect(read('minimum . 3.5x').unrecognized).toEqual(['minimum . 3.5x']);
  });

  it('reports nothing for who asked or for the earnings a ratio read is measured against', () => {
    const reading = read('Corporate asked for $110M. Keep interest plus rent covered at least 2 times by EBITDAR.');
    expect(reading.target_amount).toBe(110e6);
    expect(reading.min_fixed_charge_coverage).toBe(2);
    expect(reading.unrecognized).toEqual([]);
    // A word with an instruction in it is still reported.
    expect(read('Corporate asked for $110M, exclude Springfield.').unrecognized).toEqual(['exclude Springfield']);
  });

  it('reports nothing for the words around a score limit or a building ruled out that were read', () => {
    // Read against the example portfolio, whose buildings the reader knows by name.
    const reading = readExampleBrief(
      "Raise $90M, nothing rating above 0.25 on how badly we'd be hurt losing it. Keep the lab in Dublin, Ohio out of it.",
    );
    expect(reading.max_criticality).toBe(0.25);
    expect(reading.exclude_asset_ids).toEqual(['COL-03']);
    expect(reading.unrecognized).toEqual([]);
    // A building the reader does not know is still reported, without the words around it.
    expect(readExampleBrief('Raise $90M. Keep Springfield out of it.').unrecognized).toEqual(['Springfield']);
  });

  it("passes over a chat transcript's times and speaker names, and still reports what was said and not understood", () => {
    const chat = read(
      '[10:02] Dana: need a plan for $95M, 15-year leases\n[10:04] Raj: and nothing mortgaged\nLee: fine by me, sunsetting Springfield',
    );
    expect(chat.target_amount).toBe(95e6);
    expect(chat.exclude_mortgaged).toBe(true);
    expect(chat.unrecognized).toEqual(['fine', 'sunsetting Springfield']);
    // Bare times and two speakers without times; a channel word alone.
    expect(read('9:15 am Kim: target $60M\nLuis: ok').unrecognized).toEqual(['ok']);
    expect(read('Slack: need $100M').unrecognized).toEqual([]);
    // A lone capitalised word before a colon is no speaker: it may be an instruction the reader missed.
    expect(read('Sunset: $100M').unrecognized).toEqual(['Sunset']);
  });

  it('reads leverage in any documented phrasing', () => {
    const phrasings = [
      (value: string) => `net leverage below ${value}x`,
      (value: string) => `keep leverage under ${value} turns`,
      (value: string) => `max leverage ${value}x`,
      (value: string) => `maximum net leverage of ${value}x`,
      (value: string) => `leverage no higher than ${value}x`,
      (value: string) => `leverage <= ${value}x`,
      (value: string) => `under ${value}x leverage`,
      (value: string) => `net debt to EBITDA at most ${value}x`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 900 }), fc.constantFrom(...phrasings), (hundredths, phrasing) => {
        const value = hundredths / 100;
        const reading = read(`Raise $50M, ${phrasing(String(value))}.`);
        expect(reading.max_net_leverage).toBe(value);
        expect(reading.unrecognized).toEqual([]);
      }),
    );
  });

  it('reads coverage in any documented phrasing', () => {
    const phrasings = [
      (value: string) => `FCCR of at least ${value}x`,
      (value: string) => `coverage above ${value}x`,
      (value: string) => `fixed charge coverage >= ${value}x`,
      (value: string) => `min FCCR ${value}x`,
      (value: string) => `at least ${value}x coverage`,
      (value: string) => `fixed-charge coverage no lower than ${value} times`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 900 }), fc.constantFrom(...phrasings), (hundredths, phrasing) => {
        const value = hundredths / 100;
        const reading = read(`Raise $50M, ${phrasing(String(value))}.`);
        expect(reading.min_fixed_charge_coverage).toBe(value);
        expect(reading.unrecognized).toEqual([]);
      }),
    );
  });

  it('reads a single-market cap in any documented phrasing', () => {
    const phrasings = [
      (percent: number) => `no more than ${percent}% from any one market`,
      (percent: number) => `max ${percent}% per market`,
      (percent: number) => `no single market above ${percent}%`,
      (percent: number) => `market concentration below ${percent} percent`,
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.constantFrom(...phrasings), (percent, phrasing) => {
        const reading = read(`Raise $50M, ${phrasing(percent)}.`);
        expect(reading.max_market_share).toBe(percent / 100);
        expect(reading.unrecognized).toEqual([]);
      }),
    );
  });

  it('gives the same spec whatever the order of independent clauses', async () => {
    const clauses = [
      'raise $80M',
      'keep net leverage below 3.5x',
      'FCCR of at least 1.75x',
      'exclude Dallas and Houston',
      'only warehouses and stores',
      'nothing mission-critical',
      'no more than 40% from any one market',
    ];
    const expected = (await client.generateSelectorSpec(clauses.join(', '), BRIEF_TABLE_SUMMARY)).value;
    expect(expected).toStrictEqual(
      SelectorSpecSchema.parse({
        program_type: 'slb',
        target_amount: 80_000_000,
        hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1.75, max_market_share: 0.4 },
        asset_filters: { max_criticality: 0.7, asset_types: ['warehouse', 'retail'], exclude_markets: ['Dallas', 'Houston'] },
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(clauses, { minLength: clauses.length, maxLength: clauses.length }), async (shuffled) => {
        const { value, metadata } = await client.generateSelectorSpec(`${shuffled.join('; ')}.`, BRIEF_TABLE_SUMMARY);
        expect(value).toStrictEqual(expected);
        expect(metadata.unrecognized).toEqual([]);
      }),
    );
  });

  it('keeps the tightest of several limits and says so', () => {
    const reading = read('Raise $50M, leverage under 3.5x, and leverage below 3x.');
    expect(reading.max_net_leverage).toBe(3);
    expect(reading.notes).toEqual(['several net leverage limits were given (3.50x, 3.00x); kept the tightest, 3.00x']);
  });

  it('expands a state through the metro table and says which markets it took', () => {
    const reading = read('Raise $50M outside Texas.');
    expect(reading.exclude_markets).toEqual(['Austin', 'Dallas', 'Houston']);
    expect(reading.notes).toEqual(['Texas read as Austin, Dallas, Houston (built-in metro table)']);
  });

  it('places a market written as "City, ST" in its state without the table', () => {
    const local = new PlaceVocabulary(['Springfield, IL', 'Peoria, IL', 'Dallas']);
    const reading = readBrief('Raise $5M outside Illinois, not in springfield', {
      vocabulary: local,
      portfolioTypes: [],
      conversational: false,
    });
    expect(reading.exclude_markets).toEqual(['Springfield, IL', 'Peoria, IL']);
  });

  it('takes a portfolio market that the metro table does not know as outside a state, and says so', () => {
    const local = new PlaceVocabulary(['Dallas', 'Gotham']);
    const reading = readBrief('Raise $5M outside Texas', { vocabulary: local, portfolioTypes: [], conversational: false });
    expect(reading.exclude_markets).toEqual(['Dallas']);
    expect(reading.notes).toContain('markets not in the built-in metro table were taken as outside Texas: Gotham');
  });

  it('treats an unknown name after "exclude" as not understood', () => {
    const reading = read('Raise $50M, exclude Springfield.');
    expect(reading.exclude_markets).toBeUndefined();
    expect(reading.unrecognized).toEqual(['exclude Springfield']);
  });

  it('caps a floor above the target at the target and says so in a floor_capped notice', () => {
    const reading = read('Raise $40M, at least $50M.');
    expect(reading.target_amount).toBe(40_000_000);
    expect(reading.floor_amount).toBe(40_000_000);
    expect(reading.notices).toEqual([expect.objectContaining({ code: 'floor_capped', severity: 'warning', field: 'floor_amount' })]);
    expect(reading.notices[0]?.message).toContain('$50M is above its target of $40M');
  });

  it('does not read "release" as leasable or "criticality above" as a cap', () => {
    const reading = read('Release $50M of capital, criticality above 0.5.');
    expect(reading.min_leaseability).toBeUndefined();
    expect(reading.max_criticality).toBeUndefined();
    expect(reading.target_amount).toBe(50_000_000);
    expect(reading.unrecognized).toEqual(['criticality above 0.5']);
  });
});
