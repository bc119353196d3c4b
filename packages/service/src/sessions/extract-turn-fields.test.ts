import { createOfflineLlmClient } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import { describe, expect, it } from 'vitest';
import { CONVERSATION } from './__fixtures__/conversation.js';
import { extractTurnFields, type ExtractTurnFieldsOptions } from './extract-turn-fields.js';

const offline = createOfflineLlmClient();
const PROGRAM_FIELDS = ['portfolio_id', 'target_amount', 'max_net_leverage', 'min_fixed_charge_coverage'];
const options = (overrides: Partial<ExtractTurnFieldsOptions> = {}): ExtractTurnFieldsOptions => ({
  wanted: [...PROGRAM_FIELDS, 'num_scenarios'],
  knownFields: {},
  markets: ['Dallas', 'Chicago'],
  askedField: null,
  ...overrides,
});

describe('extractTurnFields', () => {
  it('reads the wanted fields, the signal and the confirmation of each message', async () => {
    expect(await extractTurnFields(offline, CONVERSATION.first, options())).toEqual({
      fields: {
        target_amount: 150_000_000,
        max_net_leverage: 3.5,
        min_fixed_charge_coverage: 2,
        asset_types: ['distribution_center', 'warehouse'],
      },
      ignored: [],
      signal: null,
      confirmation: null,
      answeredQuestion: false,
      unrecognized: [],
    });
    expect(await extractTurnFields(offline, CONVERSATION.whatIf, options())).toMatchObject({ fields: { num_scenarios: 3 }, signal: null });
    expect(await extractTurnFields(offline, CONVERSATION.pause, options())).toMatchObject({
      fields: {},
      signal: 'pause',
      confirmation: null,
    });
    expect(await extractTurnFields(offline, CONVERSATION.resume, options())).toMatchObject({ signal: 'resume' });
    expect(await extractTurnFields(offline, CONVERSATION.cancelWhatIf, options())).toMatchObject({ signal: 'cancel' });
    expect(await extractTurnFields(offline, CONVERSATION.confirm, options())).toMatchObject({
      fields: {},
      signal: null,
      confirmation: true,
    });
    expect(await extractTurnFields(offline, 'no, not yet', options())).toMatchObject({ confirmation: false });
  });

  it("asks for the wanted fields and the program's fields at every step (never the ones the service sets) plus the two control fields", async () => {
    const llm = createTestLlmClient({ extractFields: { target_amount: 5e7, strategy: 'exact', colour: 'red' } });
    const extracted = await extractTurnFields(llm, 'raise 50M', options({ wanted: ['portfolio_id', 'run_id'] }));
    const call = llm.callsTo('extractFields')[0];
    const requested = call?.arguments[1] as string[];
    expect(requested).not.toContain('portfolio_id');
    expect(requested).toEqual(
      expect.arrayContaining([
        'run_id',
        'target_amount',
        'exclude_markets',
        'asset_types',
        'num_scenarios',
        'lifecycle_signal',
        'confirmation',
      ]),
    );
    expect(requested.slice(-2)).toEqual(['lifecycle_signal', 'confirmation']);
    expect(Object.keys((call?.arguments[2] as { field_descriptions: object } | undefined)?.field_descriptions ?? {})).toEqual(requested);
    // A field nobody asked for is dropped.
    expect(extracted.fields).toEqual({ target_amount: 5e7, strategy: 'exact' });
  });

  it('ignores values out of bounds or of the wrong kind, saying why, and reads numbers written as text', async () => {
    const llm = createTestLlmClient({
      extractFields: {
        target_amount: -5,
        max_net_leverage: '3.5',
        min_fixed_charge_coverage: 'high',
        num_scenarios: 2.5,
        lifecycle_signal: 'explode',
        confirmation: 'yes',
      },
    });
    const extracted = await extractTurnFields(llm, 'anything', options());
    expect(extracted.fields).toEqual({ max_net_leverage: 3.5 });
    expect(extracted.ignored.map((ignored) => [ignored.field, ignored.value, ignored.reason])).toEqual([
      ['target_amount', -5, 'must be more than zero'],
      ['min_fixed_charge_coverage', 'high', expect.any(String)],
      ['num_scenarios', 2.5, 'must be a whole number'],
    ]);
    expect(extracted.signal).toBeNull();
    expect(extracted.confirmation).toBeNull();
  });

  it('reads a bare answer as the answer to the question asked, and only then', async () => {
    expect(await extractTurnFields(offline, '3.5x', options({ askedField: 'max_net_leverage' }))).toMatchObject({
      fields: { max_net_leverage: 3.5 },
      answeredQuestion: true,
    });
    expect(await extractTurnFields(offline, '1.75x', options({ askedField: 'min_fixed_charge_coverage' }))).toMatchObject({
      fields: { min_fixed_charge_coverage: 1.75 },
    });
    expect(await extractTurnFields(offline, 'four', options({ askedField: 'num_scenarios' }))).toMatchObject({
      fields: { num_scenarios: 4 },
    });
    expect(await extractTurnFields(offline, '3.5x', options())).toMatchObject({ fields: {}, answeredQuestion: false });
    // An amount needs no framing: it is read as the target wherever it appears.
    expect(await extractTurnFields(offline, '150M', options({ askedField: 'target_amount' }))).toMatchObject({
      fields: { target_amount: 150_000_000 },
      answeredQuestion: false,
    });
    // A message that says something else is read as it is, not as an answer.
    expect(await extractTurnFields(offline, 'hold on', options({ askedField: 'target_amount' }))).toMatchObject({
      fields: {},
      signal: 'pause',
    });
    // An answer out of bounds is reported like any other.
    expect(await extractTurnFields(offline, '8', options({ askedField: 'num_scenarios' }))).toMatchObject({
      fields: {},
      ignored: [{ field: 'num_scenarios', value: 8, reason: 'must be between 1 and 5' }],
    });
  });
});
