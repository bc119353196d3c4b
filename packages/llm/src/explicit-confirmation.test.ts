import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUST_CONFIRM, MUST_NOT_CONFIRM } from './confirmation-replies.js';
import { confirmationObject, decideConfirmation, isExplicitConfirmation } from './explicit-confirmation.js';
import { createOfflineLlmClient } from './offline/offline-llm-client.js';
import { createTestLlmClient } from './test-llm-client.js';

const FIELDS = [
  'target_amount',
  'max_net_leverage',
  'min_fixed_charge_coverage',
  'exclude_markets',
  'asset_types',
  'num_scenarios',
  'confirmation',
  'lifecycle_signal',
];
const MARKETS = ['Dallas', 'Houston', 'Chicago', 'Phoenix'];

/** Runs the shared rule over what an extractor returned, the way the service does. */
async function decidedBy(extract: (message: string) => Promise<Record<string, unknown>>, message: string): Promise<boolean | null> {
  const value = await extract(message);
  const { confirmation, lifecycle_signal: signal, ...fields } = value;
  const stated = Object.values(fields).filter((field) => field !== null && field !== undefined).length;
  return decideConfirmation(message, { confirmation, statedFields: stated, signal: typeof signal === 'string' ? signal : null });
}

describe('the confirmation tables', () => {
  it('hold at least 40 replies that must not confirm and 15 that must', () => {
    expect(MUST_NOT_CONFIRM.length).toBeGreaterThanOrEqual(40);
    expect(MUST_CONFIRM.length).toBeGreaterThanOrEqual(15);
    expect(new Set(MUST_NOT_CONFIRM).size).toBe(MUST_NOT_CONFIRM.length);
  });

  it.each(MUST_NOT_CONFIRM)('%j is not an explicit yes', (message) => {
    expect(isExplicitConfirmation(message)).toBe(false);
  });

  it.each(MUST_CONFIRM)('%j is an explicit yes', (message) => {
    expect(isExplicitConfirmation(message)).toBe(true);
  });
});

describe('the offline field extractor', () => {
  const offline = createOfflineLlmClient();
  const extract = async (message: string) => (await offline.extractFields(message, FIELDS, { markets: MARKETS })).value;

  it.each(MUST_NOT_CONFIRM)('does not read %j as a yes, alone or after the shared rule', async (message) => {
    expect((await extract(message))['confirmation']).not.toBe(true);
    expect(await decidedBy(extract, message)).not.toBe(true);
  });

  it.each(MUST_CONFIRM)('reads %j as a yes', async (message) => {
    expect((await extract(message))['confirmation']).toBe(true);
    expect(await decidedBy(extract, message)).toBe(true);
  });

  it('reads "ok let\'s pick the scenarios back up" as a resume, not a yes', async () => {
    expect(await extract("ok let's pick the scenarios back up")).toEqual({ lifecycle_signal: 'resume' });
  });
});

describe('a provider extractor (the test double) that answers yes to everything', () => {
  // The worst case a model can produce: confirmation true on every message, plus the
  // signal and fields it saw. The shared rule still decides from the message itself.
  const provider = createTestLlmClient({
    extractFields: (message) => ({
      confirmation: true,
      ...(/\b(?:resume|continue|pause|hold on|cancel)\b/i.test(message) ? { lifecycle_signal: 'resume' } : {}),
      ...(/dallas|texas|chicago/i.test(message) ? { exclude_markets: ['Dallas'] } : {}),
    }),
  });
  const extract = async (message: string) =>
    (await provider.extractFields(message, FIELDS, { markets: MARKETS })).value as Record<string, unknown>;

  it.each(MUST_NOT_CONFIRM)('%j does not confirm', async (message) => {
    expect(await decidedBy(extract, message)).not.toBe(true);
  });

  it.each(MUST_CONFIRM)('%j confirms', async (message) => {
    expect(await decidedBy(extract, message)).toBe(true);
  });

  it('a yes the extractor did not see is still a yes, and a model "no" with nothing else stays a no', async () => {
    const quiet = createTestLlmClient({ extractFields: { confirmation: false } });
    const read = async (message: string) => (await quiet.extractFields(message, FIELDS, {})).value as Record<string, unknown>;
    expect(await decidedBy(read, 'yes, run it')).toBe(true);
    expect(await decidedBy(read, 'not yet')).toBe(false);
  });
});

describe('decideConfirmation', () => {
  it('never confirms a message that carries a signal or a stated field, whatever the words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MUST_CONFIRM, ...MUST_NOT_CONFIRM),
        fc.constantFrom('pause', 'resume', 'cancel', 'exit'),
        fc.nat({ max: 3 }),
        (message, signal, fields) => {
          expect(decideConfirmation(message, { confirmation: true, statedFields: fields, signal })).toBeNull();
          expect(decideConfirmation(message, { confirmation: true, statedFields: fields + 1, signal: null })).toBeNull();
        },
      ),
    );
  });

  it('names what a yes is aimed at', () => {
    expect(confirmationObject('run the scenarios')).toBe('scenarios');
    expect(confirmationObject('yes, run the program')).toBe('program');
    expect(confirmationObject('yes')).toBeNull();
  });
});
