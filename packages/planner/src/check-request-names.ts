import { InvalidInputError, type InputProblem, type Notice, type ProgramRequest, type SelectorSpec } from '@leaseback/domain';
import { resolveMarketNames } from '@leaseback/llm';
import { formatMoney } from '@leaseback/engine';

/** A request whose names were checked, and what resolving them is worth saying. */
export interface CheckedRequest {
  readonly request: ProgramRequest;
  readonly notices: Notice[];
}

function portfolioMarkets(request: ProgramRequest): string[] {
  return [...new Set(request.assets.map((asset) => asset.market.trim()))].sort();
}

function knownList(names: readonly string[]): string {
  return names.length <= 40 ? names.join(', ') : `${names.slice(0, 40).join(', ')} and ${names.length - 40} more`;
}

/**
 * Checks what the caller named against the portfolio before anything is read or
 * run: every market of `exclude_markets_override` must be a portfolio market or a
 * state holding one (a state resolves to its markets, with a notice), and a floor
 * override above the target override is refused rather than capped. Throws
 * `InvalidInputError` (`unknown_market`, or `invalid_input` for the floor) with
 * the path and the known names.
 */
export function checkRequestNames(request: ProgramRequest): CheckedRequest {
  const notices: Notice[] = [];
  let checked = request;
  const markets = request.exclude_markets_override;
  if (markets !== null && markets !== undefined) {
    const known = portfolioMarkets(request);
    const resolved = resolveMarketNames(markets, known);
    if (resolved.unknown.length > 0) {
      throw new InvalidInputError(
        resolved.unknown.map((name) => ({
          path: 'request.exclude_markets_override',
          message: `"${name}" is not a market of the portfolio (markets: ${knownList(known)})`,
        })),
        { code: 'unknown_market' },
      );
    }
    for (const state of resolved.states) {
      notices.push({
        code: 'state_resolved',
        severity: 'info',
        message: `${state.name} read as ${state.markets.join(', ')} (the portfolio's markets in it)`,
        field: 'asset_filters.exclude_markets',
      });
    }
    checked = { ...request, exclude_markets_override: resolved.markets };
  }
  const target = request.target_override;
  const floor = request.floor_override;
  if (target !== null && target !== undefined && floor !== null && floor !== undefined && floor > target) {
    throw new InvalidInputError([
      {
        path: 'request.floor_override',
        message: `the floor ${formatMoney(floor)} is above the target ${formatMoney(target)}; a floor must be at most the target`,
      },
    ]);
  }
  return { request: checked, notices };
}

/**
 * Checks the markets and asset ids of a spec's filters against the portfolio
 * (a model may name a place the portfolio does not hold): an unknown one is bad
 * input, `unknown_market` or `unknown_asset`, listing the known ones.
 */
export function checkSpecNames(spec: SelectorSpec, request: ProgramRequest): void {
  // The portfolio's markets and ids are gathered only when the spec names some: most specs name
  // none, and sorting the markets and building the sets on every run was about 0.4 % of a write.
  const filters = spec.asset_filters;
  const namesMarkets = (filters.include_markets?.length ?? 0) > 0 || (filters.exclude_markets?.length ?? 0) > 0;
  const known = namesMarkets ? portfolioMarkets(request) : [];
  const knownKeys = new Set(known.map((market) => market.toLowerCase()));
  const marketProblems: InputProblem[] = [];
  for (const field of ['include_markets', 'exclude_markets'] as const) {
    for (const market of filters[field] ?? []) {
      if (!knownKeys.has(market.trim().toLowerCase())) {
        marketProblems.push({
          path: `spec.asset_filters.${field}`,
          message: `"${market}" is not a market of the portfolio (markets: ${knownList(known)})`,
        });
      }
    }
  }
  if (marketProblems.length > 0) throw new InvalidInputError(marketProblems, { code: 'unknown_market' });
  const excludedIds = filters.exclude_asset_ids ?? [];
  if (excludedIds.length === 0) return;
  const ids = new Set(request.assets.map((asset) => asset.asset_id));
  const unknownIds = excludedIds.filter((id) => !ids.has(id));
  if (unknownIds.length > 0) {
    throw new InvalidInputError(
      unknownIds.map((id) => ({
        path: 'spec.asset_filters.exclude_asset_ids',
        message: `"${id}" is not an asset of the portfolio (asset ids: ${knownList([...ids].sort())})`,
      })),
      { code: 'unknown_asset' },
    );
  }
}
