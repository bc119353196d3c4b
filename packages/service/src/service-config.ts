import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { parse as parseToml } from 'smol-toml';
import { z } from 'zod';
import { ServiceConfigError, type ConfigProblem } from './service-errors.js';
import { parseApiKeys } from './parse-api-keys.js';

/** The LLM providers Leaseback can talk to. `offline` needs no key and no network. */
export const ProviderNameSchema = z.enum(['offline', 'openai', 'anthropic']);
/** A provider name. */
export type ProviderName = z.infer<typeof ProviderNameSchema>;

/** Log levels a pino-compatible logger understands. */
export const LogLevelSchema = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
/** A log level. */
export type LogLevel = z.infer<typeof LogLevelSchema>;

/** Default of `planner.max_assets`: the largest portfolio an exact solve handles well within the engine deadline. */
export const DEFAULT_MAX_ASSETS = 2_000;

const positiveInteger = (maximum: number) =>
  z.number().int('must be a whole number').min(1, 'must be at least 1').max(maximum, `must be at most ${maximum}`);

const ProviderSettingsSchema = z.strictObject({
  /** Model name; `null` leaves the adapter's default. */
  model: z.string().trim().min(1, 'must not be empty').nullable().default(null),
  /** Base URL of the provider's API (a proxy or a local fake server); `null` for the official endpoint. */
  base_url: z.url({ error: 'must be a URL' }).nullable().default(null),
  /** Read from the provider's environment variable only; redacted in every description. */
  api_key: z.string().min(1, 'must not be empty').nullable().default(null),
});

/**
 * Every setting of the service, with its default. Field names are snake_case so
 * the same path names a TOML key (`[api] port`) and a setting in an error.
 */
export const ServiceConfigSchema = z.strictObject({
  provider: ProviderNameSchema.default('offline'),
  llm: z
    .strictObject({
      /** Overall time limit of one LLM call, every request, retry, retry-after wait and body read included, in milliseconds. */
      deadline_ms: positiveInteger(600_000).default(60_000),
      /** Time limit of one provider request (each attempt), in milliseconds. */
      timeout_ms: positiveInteger(600_000).default(60_000),
      /** Retries of a failed provider request (rate limit, 5xx, network) within the deadline, done by the adapter. */
      max_retries: z.number().int('must be a whole number').min(0, 'must be >= 0').max(10, 'must be at most 10').default(2),
      /** Times an invalid structured output is sent back to the model with its problems. */
      max_repairs: z.number().int('must be a whole number').min(0, 'must be >= 0').max(5, 'must be at most 5').default(2),
      openai: ProviderSettingsSchema.prefault({}),
      anthropic: ProviderSettingsSchema.extend({
        /** How the answer's shape is enforced: structured output (`output_config`, the default) or a strict tool (`strict_tool`). */
        structured_output: z
          .enum(['output_config', 'strict_tool'], { error: 'must be output_config or strict_tool' })
          .default('output_config'),
      }).prefault({}),
    })
    .prefault({}),
  planner: z
    .strictObject({
      /** Engine runs per program, first run included (the revision loop's bound). */
      max_iterations: z.number().int('must be a whole number').min(1, 'must be at least 1').max(50, 'must be at most 50').default(5),
      /** Scenario runs of one set in flight at once. */
      scenario_concurrency: z.number().int('must be a whole number').min(1, 'must be at least 1').max(16, 'must be at most 16').default(5),
      /** Time limit of one exact solve (exact strategy and capacity), in milliseconds. */
      solver_time_limit_ms: z
        .number()
        .int('must be a whole number')
        .min(10, 'must be at least 10')
        .max(600_000, 'must be at most 600000')
        .default(10_000),
      /** Compute capacity (the most the portfolio can raise) for infeasible outcomes. */
      compute_capacity: z.boolean({ error: 'must be true or false' }).default(true),
      /**
       * Most assets planned per request (programs, runs, capacity, scenario sets,
       * sessions); a larger portfolio is refused with 413 `too_many_assets`.
       */
      max_assets: positiveInteger(1_000_000).default(DEFAULT_MAX_ASSETS),
      /**
       * Engine time one request may use in all, in milliseconds: every solve of a
       * request (revisions, capacity, scenarios) shares it. Past it the solve is
       * stopped and the request fails with `engine_deadline_exceeded` (503).
       */
      engine_deadline_ms: positiveInteger(3_600_000).default(60_000),
      /**
       * Worker threads running the engine, off the event loop; 0 runs it inline
       * (the CLI may); `null`: the cores less one, from 1 to 4.
       */
      engine_threads: z
        .number()
        .int('must be a whole number')
        .min(0, 'must be >= 0')
        .max(64, 'must be at most 64')
        .nullable()
        .default(null),
    })
    .prefault({}),
  jobs: z
    .strictObject({
      /** Run a job worker in this process (the API); several processes on one PostgreSQL share the queue. */
      worker: z.boolean({ error: 'must be true or false' }).default(true),
      /** Jobs one process runs at once. */
      concurrency: z.number().int('must be a whole number').min(1, 'must be at least 1').max(16, 'must be at most 16').default(2),
      /** How long a worker's claim on a job lasts unless renewed: after it, a job whose process died is taken over. */
      lease_ms: z
        .number()
        .int('must be a whole number')
        .min(1_000, 'must be at least 1000')
        .max(3_600_000, 'must be at most 3600000')
        .default(30_000),
      /** How often an idle worker looks for queued jobs (a job submitted to this process starts at once). */
      poll_ms: z.number().int('must be a whole number').min(50, 'must be at least 50').max(60_000, 'must be at most 60000').default(1_000),
      /** Starts of one job before a takeover fails it with `job_abandoned`. */
      max_attempts: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10, 'must be at most 10').default(3),
    })
    .prefault({}),
  store: z
    .strictObject({
      /** PostgreSQL connection string; when set, the embedded store is not used. Redacted in descriptions. */
      database_url: z.string().trim().min(1, 'must not be empty').nullable().default(null),
      /** Directory of the embedded PGlite database (relative to the working directory). */
      data_dir: z.string().trim().min(1, 'must not be empty').default('.leaseback/data'),
    })
    .prefault({}),
  api: z
    .strictObject({
      /**
       * Interface to listen on. `null`: all interfaces when API keys are
       * configured, else 127.0.0.1 only (see `resolveApiListenHost`).
       */
      host: z.string().trim().min(1, 'must not be empty').nullable().default(null),
      port: z
        .number()
        .int('must be a whole number')
        .min(0, 'must be between 0 and 65535')
        .max(65_535, 'must be between 0 and 65535')
        .default(8080),
      /** Largest accepted request body, in the notation of Express body parsers (`5mb`, `512kb`). */
      body_limit: z
        .string()
        .trim()
        .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, 'must be a size such as 5mb, 512kb or 1000000')
        .default('5mb'),
      /** API key → the fund ids it may read and write. Empty: no authentication. */
      api_keys: z
        .record(
          z.string().min(1, 'must not be empty'),
          z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'must list at least one fund id'),
        )
        .default({}),
    })
    .prefault({}),
  log: z
    .strictObject({
      level: LogLevelSchema.default('info'),
    })
    .prefault({}),
  /** Settings of the guided sessions' scenario orchestrator, passed through unchanged. */
  scenario_orchestration: z.record(z.string(), z.unknown()).default({}),
});

/** The validated configuration (defaults applied). */
export type ServiceConfig = z.output<typeof ServiceConfigSchema>;
/** The configuration as a file or a caller may write it (every field optional). */
export type ServiceConfigInput = z.input<typeof ServiceConfigSchema>;

export { ENVIRONMENT_SETTINGS, type EnvironmentSetting } from './environment-settings.js';
import { ENVIRONMENT_SETTINGS, type EnvironmentSetting } from './environment-settings.js';

/** The environment variable naming the TOML file when `configPath` is not given. */
export const CONFIG_PATH_VARIABLE = 'LEASEBACK_CONFIG';

/** What `loadServiceConfig` reads. */
export interface LoadServiceConfigOptions {
  /** The environment (usually `process.env`); variables set to an empty string count as unset. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A TOML file (the CLI's `--config`); else `LEASEBACK_CONFIG`; else no file. */
  readonly configPath?: string | null;
  /** Reads the file; injected for tests. Defaults to `fs.readFileSync(path, 'utf8')`. */
  readonly readFile?: (path: string) => string;
}

// Settings that hold credentials: never accepted from a file, so that a
// committed config file can never carry a provider key.
const ENVIRONMENT_ONLY_PATHS: readonly (readonly string[])[] = [
  ['llm', 'openai', 'api_key'],
  ['llm', 'anthropic', 'api_key'],
];

/**
 * Loads the configuration: defaults, then the TOML file (if any), then the
 * environment, which wins. Every problem is reported at once with its setting's
 * path and its source (`api.port (from LEASEBACK_PORT): must be between 0 and
 * 65535`); secrets never appear in a message. Throws `ServiceConfigError`
 * (code `invalid_config`).
 */
export function loadServiceConfig(options: LoadServiceConfigOptions = {}): ServiceConfig {
  const env = options.env ?? {};
  const configPath = options.configPath ?? nonEmpty(env[CONFIG_PATH_VARIABLE]) ?? null;
  const problems: ConfigProblem[] = [];
  const sources = new Map<string, string>();
  let raw: Record<string, unknown> = {};

  if (configPath !== null) {
    const fileSource = `in ${configPath}`;
    const text = readConfigFile(configPath, options.readFile);
    raw = toPlainObject(parseTomlDocument(text, configPath));
    markSources(raw, [], fileSource, sources);
    for (const path of ENVIRONMENT_ONLY_PATHS) {
      if (getPath(raw, path) !== undefined) {
        const variable = ENVIRONMENT_SETTINGS.find((setting) => samePath(setting.path, path))?.variable ?? 'the environment';
        problems.push({
          path: path.join('.'),
          source: fileSource,
          message: `provider keys are read from ${variable} only, never from a file`,
        });
        deletePath(raw, path);
      }
    }
  }

  for (const setting of ENVIRONMENT_SETTINGS) {
    const value = nonEmpty(env[setting.variable]);
    if (value === undefined) continue;
    const converted = convertEnvironmentValue(setting, value);
    if (!converted.ok) {
      problems.push({ path: setting.path.join('.'), source: `from ${setting.variable}`, message: converted.message });
      continue;
    }
    setPath(raw, setting.path, converted.value);
    const key = setting.path.join('.');
    // The variable replaces the whole setting, so what the file said beneath it no longer applies.
    for (const existing of [...sources.keys()]) if (existing === key || existing.startsWith(`${key}.`)) sources.delete(existing);
    sources.set(key, `from ${setting.variable}`);
  }

  const parsed = ServiceConfigSchema.safeParse(raw);
  if (!parsed.success) problems.push(...describeIssues(parsed.error.issues, sources));
  if (problems.length > 0 || !parsed.success) throw new ServiceConfigError(problems);
  return withRedactedDescription(parsed.data);
}

/**
 * Validates a configuration object (defaults applied), e.g. one written in a
 * test or built by an app. Throws `ServiceConfigError` with every problem.
 */
export function parseServiceConfig(input: ServiceConfigInput | Record<string, unknown> = {}): ServiceConfig {
  const parsed = ServiceConfigSchema.safeParse(input);
  if (!parsed.success) throw new ServiceConfigError(describeIssues(parsed.error.issues, new Map()));
  return withRedactedDescription(parsed.data);
}

/** The redacted view of a configuration, safe to log. */
export type RedactedServiceConfig = Omit<ServiceConfig, 'llm' | 'store' | 'api'> & {
  llm: Omit<ServiceConfig['llm'], 'openai' | 'anthropic'> & {
    openai: Omit<ServiceConfig['llm']['openai'], 'api_key'> & { api_key: string | null };
    anthropic: Omit<ServiceConfig['llm']['anthropic'], 'api_key'> & { api_key: string | null };
  };
  store: Omit<ServiceConfig['store'], 'database_url'> & { database_url: string | null };
  api: Omit<ServiceConfig['api'], 'api_keys'> & { api_keys: { count: number; fund_ids: string[] } };
};

const REDACTED = '[redacted]';

/**
 * A copy of the configuration safe to log: provider keys become `[redacted]`,
 * the database URL loses its password, and API keys are replaced by their count
 * and the fund ids they cover.
 */
export function describeServiceConfig(config: ServiceConfig): RedactedServiceConfig {
  const fundIds = [...new Set(Object.values(config.api.api_keys).flat())].sort();
  return {
    provider: config.provider,
    llm: {
      deadline_ms: config.llm.deadline_ms,
      timeout_ms: config.llm.timeout_ms,
      max_retries: config.llm.max_retries,
      max_repairs: config.llm.max_repairs,
      openai: { ...config.llm.openai, api_key: config.llm.openai.api_key === null ? null : REDACTED },
      anthropic: { ...config.llm.anthropic, api_key: config.llm.anthropic.api_key === null ? null : REDACTED },
    },
    planner: { ...config.planner },
    jobs: { ...config.jobs },
    store: { data_dir: config.store.data_dir, database_url: redactDatabaseUrl(config.store.database_url) },
    api: {
      host: config.api.host,
      port: config.api.port,
      body_limit: config.api.body_limit,
      api_keys: { count: Object.keys(config.api.api_keys).length, fund_ids: fundIds },
    },
    log: { ...config.log },
    scenario_orchestration: structuredClone(config.scenario_orchestration),
  };
}

/**
 * Where the API should listen. With no API keys configured the API is
 * unauthenticated, so it listens on 127.0.0.1 only whatever `api.host` says
 * (`restricted` tells the app to say so at start); with keys it listens on
 * `api.host`, default all interfaces.
 */
export function resolveApiListenHost(config: ServiceConfig): { host: string; restricted: boolean } {
  if (Object.keys(config.api.api_keys).length === 0) return { host: '127.0.0.1', restricted: true };
  return { host: config.api.host ?? '0.0.0.0', restricted: false };
}

function redactDatabaseUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = REDACTED;
    parsed.search = parsed.search === '' ? '' : '?[redacted]';
    return parsed.toString();
  } catch {
    // Not a URL (a libpq keyword string may carry a password anywhere): hide it whole.
    return REDACTED;
  }
}

// The redaction travels with the object: JSON.stringify (and so pino) and
// util.inspect (console.log) both see the redacted view.
function withRedactedDescription(config: ServiceConfig): ServiceConfig {
  Object.defineProperty(config, 'toJSON', { value: () => describeServiceConfig(config), enumerable: false });
  Object.defineProperty(config, inspect.custom, {
    value: (depth: number, inspectOptions: object) => inspect(describeServiceConfig(config), { ...inspectOptions, depth }),
    enumerable: false,
  });
  return config;
}

function readConfigFile(path: string, readFile: ((path: string) => string) | undefined): string {
  try {
    return (readFile ?? ((filePath: string) => readFileSync(filePath, 'utf8')))(path);
  } catch (thrown) {
    const reason = (thrown as { code?: unknown }).code === 'ENOENT' ? 'file not found' : 'cannot be read';
    throw new ServiceConfigError([{ path, source: null, message: `config ${reason}` }], { cause: thrown });
  }
}

function parseTomlDocument(text: string, path: string): unknown {
  try {
    return parseToml(text);
  } catch (thrown) {
    const error = thrown as { message?: unknown; line?: unknown; column?: unknown };
    // Only the first line of the parser's message: the rest quotes the file, which may hold a secret.
    const firstLine =
      String(error.message ?? 'invalid TOML')
        .split('\n')[0]
        ?.replace(/^Invalid TOML document:\s*/, '') ?? 'invalid TOML';
    const position = typeof error.line === 'number' ? `:${error.line}${typeof error.column === 'number' ? `:${error.column}` : ''}` : '';
    throw new ServiceConfigError([{ path: `${path}${position}`, source: null, message: `invalid TOML: ${firstLine}` }], { cause: thrown });
  }
}

function convertEnvironmentValue(
  setting: EnvironmentSetting,
  value: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  switch (setting.kind) {
    case 'string':
      return { ok: true, value };
    case 'integer':
      return /^\s*-?\d+\s*$/.test(value) ? { ok: true, value: Number(value) } : { ok: false, message: 'must be a whole number' };
    case 'boolean': {
      const normalized = value.trim().toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(normalized)) return { ok: true, value: true };
      if (['false', '0', 'no', 'off'].includes(normalized)) return { ok: true, value: false };
      return { ok: false, message: 'must be true or false' };
    }
    case 'api_keys': {
      const parsed = parseApiKeys(value);
      return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: parsed.message };
    }
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[], sources: ReadonlyMap<string, string>): ConfigProblem[] {
  return issues.flatMap((issue) => {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    const message = issue.code === 'unrecognized_keys' ? 'unknown setting' : issue.message;
    return paths.map((path) => {
      const segments = path.map(String);
      const display = redactApiKeyPath(segments);
      const source = sourceOf(segments, sources);
      return { path: display || '(root)', source: source ?? null, message };
    });
  });
}

// An API key is itself the secret, and in `api.api_keys` it is a map key, so it
// would otherwise appear in the path of any problem with its fund list.
function redactApiKeyPath(segments: readonly string[]): string {
  const shown =
    segments[0] === 'api' && segments[1] === 'api_keys' && segments.length > 2
      ? [...segments.slice(0, 2), REDACTED, ...segments.slice(3)]
      : segments;
  return shown
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');
}

function sourceOf(segments: readonly string[], sources: ReadonlyMap<string, string>): string | undefined {
  for (let length = segments.length; length > 0; length -= 1) {
    const source = sources.get(segments.slice(0, length).join('.'));
    if (source !== undefined) return source;
  }
  return undefined;
}

function markSources(value: unknown, path: readonly string[], source: string, sources: Map<string, string>): void {
  if (path.length > 0) sources.set(path.join('.'), source);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date))
    for (const [key, entry] of Object.entries(value)) markSources(entry, [...path, key], source, sources);
}

// smol-toml returns null-prototype objects and TomlDate values; the schema wants plain data.
function toPlainObject(value: unknown): Record<string, unknown> {
  const plain = toPlain(value);
  return plain !== null && typeof plain === 'object' && !Array.isArray(plain) ? (plain as Record<string, unknown>) : {};
}

function toPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toPlain(entry)]));
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function samePath(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((segment, index) => segment === right[index]);
}

function getPath(target: Record<string, unknown>, path: readonly string[]): unknown {
  let current: unknown = target;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = target;
  path.slice(0, -1).forEach((segment) => {
    const next = current[segment];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) current[segment] = {};
    current = current[segment] as Record<string, unknown>;
  });
  const last = path[path.length - 1];
  if (last !== undefined) current[last] = value;
}

function deletePath(target: Record<string, unknown>, path: readonly string[]): void {
  const parent = getPath(target, path.slice(0, -1));
  const last = path[path.length - 1];
  if (parent !== null && typeof parent === 'object' && last !== undefined) delete (parent as Record<string, unknown>)[last];
}
