import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ASSET_TYPES, PortfolioSchema, parseInput, type AssetType } from '@leaseback/domain';
import { PlaceVocabulary } from '../offline/place-vocabulary.js';
import { readBrief, type BriefReading } from '../offline/read-brief.js';

// The example portfolio: eight markets in seven states, and assets whose names the wording tests use.
const portfolio = parseInput(
  PortfolioSchema,
  JSON.parse(readFileSync(new URL('../../../../examples/portfolio.json', import.meta.url), 'utf8')),
);
const markets = [...new Set(portfolio.assets.map((asset) => asset.market.trim()))].sort();
const vocabulary = new PlaceVocabulary(
  markets,
  [],
  portfolio.assets.map((asset) => ({ asset_id: asset.asset_id, name: asset.name, asset_type: asset.asset_type, market: asset.market })),
);

/** The asset types the example portfolio holds, in the domain's order. */
export const portfolioTypes: readonly AssetType[] = ASSET_TYPES.filter((type) =>
  portfolio.assets.some((asset) => asset.asset_type === type),
);

/** Reads a brief (not a conversation message) against the example portfolio. */
export const readExampleBrief = (brief: string): BriefReading => readBrief(brief, { vocabulary, portfolioTypes, conversational: false });

/** The fields a spec takes from a reading, lists sorted: what a brief states, and only that. */
export function specFields(reading: Partial<BriefReading>): Record<string, unknown> {
  const { unrecognized, notes, notices, economics, num_scenarios, run_id, confirmation, lifecycle_signal, ...fields } = reading;
  const flat: Record<string, unknown> = { ...fields, ...economics };
  for (const [key, value] of Object.entries(flat)) {
    if (value === undefined) delete flat[key];
    else if (Array.isArray(value)) flat[key] = [...value].map(String).sort();
  }
  return flat;
}

/** Every type of the example portfolio except `ruledOut`, in the spec's order. */
export const allTypesBut = (...ruledOut: string[]): AssetType[] => portfolioTypes.filter((type) => !ruledOut.includes(type));

/** A brief and everything it should read: a field it does not name must stay unread. */
export type FamilyCase = readonly [string, Partial<BriefReading>];

/** One test per case, grouped by family of wording: the brief reads exactly the fields its case names. */
export function describeFamilies(title: string, families: Readonly<Record<string, readonly FamilyCase[]>>): void {
  describe(title, () => {
    for (const [family, cases] of Object.entries(families)) {
      describe(family, () => {
        for (const [brief, expected] of cases) {
          it(`reads "${brief}", and nothing it does not state`, () => {
            expect(specFields(readExampleBrief(brief))).toEqual(specFields(expected));
          });
        }
      });
    }
  });
}
