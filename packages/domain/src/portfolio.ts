import { z } from 'zod';
import { AssetListSchema } from './asset.js';
import { CorporateStateSchema } from './corporate-state.js';

/**
 * A portfolio file: the company's corporate state and the assets it could sell.
 * This is the shape of `examples/portfolio.json` and of the CLI's input file.
 */
export const PortfolioSchema = z
  .strictObject({
    company: z.string().describe("The company's name").optional(),
    description: z.string().describe('A free-text description of the portfolio').optional(),
    corporate_state: CorporateStateSchema.describe("The company's balance sheet and income figures before any sale"),
    assets: AssetListSchema.describe('The assets the company could sell and lease back'),
  })
  .describe("A portfolio: the company's corporate state and the assets it could sell");
/** A validated portfolio file. */
export type Portfolio = z.output<typeof PortfolioSchema>;
