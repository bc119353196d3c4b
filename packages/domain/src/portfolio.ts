import { z } from 'zod';
import { AssetListSchema } from './asset.js';
import { CorporateStateSchema } from './corporate-state.js';

/**
 * A portfolio file: the company's corporate state and the assets it could sell.
 * This is the shape of `examples/portfolio.json` and of the CLI's input file.
 */
export const PortfolioSchema = z.strictObject({
  company: z.string().optional(),
  description: z.string().optional(),
  corporate_state: CorporateStateSchema,
  assets: AssetListSchema,
});
/** A validated portfolio file. */
export type Portfolio = z.output<typeof PortfolioSchema>;
