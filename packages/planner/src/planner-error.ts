import { LeasebackError } from '@leaseback/domain';

/**
 * Raised by `runScenarioSet` when the scenario definitions cannot be obtained or
 * are invalid: without definitions there is no set to run (the API answers 503).
 */
export class ScenarioDefinitionsError extends LeasebackError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('scenario_definitions_unavailable', message, { cause: options.cause });
    this.name = 'ScenarioDefinitionsError';
  }
}
