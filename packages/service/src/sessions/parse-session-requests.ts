import { parseInput, type Portfolio } from '@leaseback/domain';
import { ScenarioConfigError, resolveOrchestrationConfig, type OrchestrationConfig } from '@leaseback/scenarios';
import { ServiceConfigError } from '../service-errors.js';
import { InlinePortfolioSessionRequestSchema, PortfolioSessionRequestSchema } from './session-schemas.js';

/**
 * Validates `{ assets, corporate_state, company?, description?, fund_id? }` or
 * `{ portfolio, fund_id? }` (chosen by the presence of `portfolio`), with every
 * problem's path under `request`.
 */
export function parseCreateSessionRequest(input: unknown): { portfolio: Portfolio; fundId: string | null | undefined } {
  const body = input ?? {};
  if (typeof body === 'object' && !Array.isArray(body) && Object.hasOwn(body, 'portfolio')) {
    const parsed = parseInput(PortfolioSessionRequestSchema, body, { root: 'request' });
    return { portfolio: parsed.portfolio, fundId: parsed.fund_id };
  }
  const { fund_id: fundId, ...portfolio } = parseInput(InlinePortfolioSessionRequestSchema, body, { root: 'request' });
  return { portfolio, fundId };
}

/**
 * The `[scenario_orchestration]` table validated, with the documented defaults.
 *
 * @throws ServiceConfigError (`invalid_config`) with `scenario_orchestration.<key>: <problem>` messages.
 */
export function parseSessionOrchestrationConfig(table: Readonly<Record<string, unknown>> | OrchestrationConfig): OrchestrationConfig {
  try {
    return resolveOrchestrationConfig(table);
  } catch (thrown) {
    if (thrown instanceof ScenarioConfigError) {
      throw new ServiceConfigError(
        thrown.problems.map((problem) => ({
          path: problem.path.startsWith('scenario_orchestration') ? problem.path : `scenario_orchestration.${problem.path}`,
          source: null,
          message: problem.message,
        })),
        { cause: thrown },
      );
    }
    throw new ServiceConfigError(
      [{ path: 'scenario_orchestration', source: null, message: thrown instanceof Error ? thrown.message : String(thrown) }],
      {
        cause: thrown,
      },
    );
  }
}
