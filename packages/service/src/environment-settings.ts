// Which environment variable sets which configuration path: the one table the loader and the docs read.
/** One environment variable and the setting it fills. */
export interface EnvironmentSetting {
  readonly variable: string;
  readonly path: readonly string[];
  readonly kind: 'string' | 'integer' | 'boolean' | 'api_keys';
  /** Never printed: its value is redacted from descriptions and errors. */
  readonly secret: boolean;
}

/**
 * Every environment variable the service reads, in precedence order: a later
 * variable naming the same setting wins (`LEASEBACK_PORT` over `PORT`).
 */
export const ENVIRONMENT_SETTINGS: readonly EnvironmentSetting[] = [
  { variable: 'LEASEBACK_PROVIDER', path: ['provider'], kind: 'string', secret: false },
  { variable: 'LEASEBACK_LLM_DEADLINE_MS', path: ['llm', 'deadline_ms'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_LLM_TIMEOUT_MS', path: ['llm', 'timeout_ms'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_LLM_MAX_RETRIES', path: ['llm', 'max_retries'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_LLM_MAX_REPAIRS', path: ['llm', 'max_repairs'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_OPENAI_MODEL', path: ['llm', 'openai', 'model'], kind: 'string', secret: false },
  { variable: 'LEASEBACK_OPENAI_BASE_URL', path: ['llm', 'openai', 'base_url'], kind: 'string', secret: false },
  { variable: 'OPENAI_API_KEY', path: ['llm', 'openai', 'api_key'], kind: 'string', secret: true },
  { variable: 'LEASEBACK_ANTHROPIC_MODEL', path: ['llm', 'anthropic', 'model'], kind: 'string', secret: false },
  { variable: 'LEASEBACK_ANTHROPIC_BASE_URL', path: ['llm', 'anthropic', 'base_url'], kind: 'string', secret: false },
  { variable: 'LEASEBACK_ANTHROPIC_STRUCTURED_OUTPUT', path: ['llm', 'anthropic', 'structured_output'], kind: 'string', secret: false },
  { variable: 'ANTHROPIC_API_KEY', path: ['llm', 'anthropic', 'api_key'], kind: 'string', secret: true },
  { variable: 'LEASEBACK_MAX_ITERATIONS', path: ['planner', 'max_iterations'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_SCENARIO_CONCURRENCY', path: ['planner', 'scenario_concurrency'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_SOLVER_TIME_LIMIT_MS', path: ['planner', 'solver_time_limit_ms'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_COMPUTE_CAPACITY', path: ['planner', 'compute_capacity'], kind: 'boolean', secret: false },
  { variable: 'LEASEBACK_MAX_ASSETS', path: ['planner', 'max_assets'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_ENGINE_DEADLINE_MS', path: ['planner', 'engine_deadline_ms'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_ENGINE_THREADS', path: ['planner', 'engine_threads'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_JOB_WORKER', path: ['jobs', 'worker'], kind: 'boolean', secret: false },
  { variable: 'LEASEBACK_JOB_CONCURRENCY', path: ['jobs', 'concurrency'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_JOB_LEASE_MS', path: ['jobs', 'lease_ms'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_JOB_POLL_MS', path: ['jobs', 'poll_ms'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_JOB_MAX_ATTEMPTS', path: ['jobs', 'max_attempts'], kind: 'integer', secret: false },
  { variable: 'DATABASE_URL', path: ['store', 'database_url'], kind: 'string', secret: true },
  { variable: 'LEASEBACK_DATA_DIR', path: ['store', 'data_dir'], kind: 'string', secret: false },
  { variable: 'LEASEBACK_HOST', path: ['api', 'host'], kind: 'string', secret: false },
  { variable: 'PORT', path: ['api', 'port'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_PORT', path: ['api', 'port'], kind: 'integer', secret: false },
  { variable: 'LEASEBACK_BODY_LIMIT', path: ['api', 'body_limit'], kind: 'string', secret: false },
  { variable: 'LEASEBACK_API_KEYS', path: ['api', 'api_keys'], kind: 'api_keys', secret: true },
  { variable: 'LEASEBACK_LOG_LEVEL', path: ['log', 'level'], kind: 'string', secret: false },
];
