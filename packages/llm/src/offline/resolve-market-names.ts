import { PlaceVocabulary } from './place-vocabulary.js';
import type { MetroEntry } from './us-metro-states.js';

/** Market names checked against a portfolio. */
export interface ResolvedMarketNames {
  /** Portfolio markets named, in the portfolio's spelling, in the order first named. */
  readonly markets: string[];
  /** Names that are neither a portfolio market nor a state holding one, as written. */
  readonly unknown: string[];
  /** Each state name resolved to the portfolio markets in it. */
  readonly states: { readonly name: string; readonly markets: string[] }[];
}

/**
 * Checks market names given as options or overrides (`--exclude-markets Texas,Boston`)
 * against the portfolio's markets: a market matches case-insensitively (and by its
 * metro aliases), a US state resolves to the portfolio markets in it (through the
 * built-in metro table), and anything else is unknown. The caller decides what an
 * unknown name means (bad input for options; a notice for a brief).
 */
export function resolveMarketNames(
  names: readonly string[],
  portfolioMarkets: readonly string[],
  extraMetros: readonly MetroEntry[] = [],
): ResolvedMarketNames {
  const vocabulary = new PlaceVocabulary(portfolioMarkets, extraMetros);
  const markets: string[] = [];
  const unknown: string[] = [];
  const states: { name: string; markets: string[] }[] = [];
  const add = (market: string): void => {
    if (!markets.includes(market)) markets.push(market);
  };
  for (const raw of names) {
    const name = raw.trim();
    const lower = name.toLowerCase().replace(/\s+/g, ' ');
    const exact = vocabulary.markets.find((market) => market.trim().toLowerCase() === lower);
    if (exact !== undefined) {
      add(exact);
      continue;
    }
    const match = vocabulary.matchAt(lower, 0, true);
    if (match === null || match.end !== lower.length) {
      unknown.push(name);
      continue;
    }
    const item = match.item;
    if (item.kind === 'market') item.markets.forEach(add);
    else if (item.kind === 'state') {
      const inState = vocabulary.markets.filter((market) => vocabulary.stateOfMarket(market) === item.state);
      if (inState.length === 0) unknown.push(name);
      else {
        inState.forEach(add);
        states.push({ name: item.name, markets: inState });
      }
    } else unknown.push(name);
  }
  return { markets, unknown, states };
}
