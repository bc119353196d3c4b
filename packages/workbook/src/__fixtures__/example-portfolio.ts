import { readFileSync } from 'node:fs';
import { PortfolioSchema, type Portfolio } from '@leaseback/domain';

/** The repository's example portfolio file, as parsed JSON. */
export const EXAMPLE_PORTFOLIO_JSON: unknown = JSON.parse(
  readFileSync(new URL('../../../../examples/portfolio.json', import.meta.url), 'utf8'),
);

/** The example portfolio, validated (defaults applied). */
export const EXAMPLE_PORTFOLIO: Portfolio = PortfolioSchema.parse(EXAMPLE_PORTFOLIO_JSON);

/** The path of the committed example workbook. */
export const EXAMPLE_WORKBOOK_URL = new URL('../../../../examples/portfolio.xlsx', import.meta.url);
