import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeServiceConfig,
  loadServiceConfig,
  parseServiceConfig,
  resolveApiListenHost,
  type LoadServiceConfigOptions,
} from './service-config.js';
import { ServiceConfigError } from './service-errors.js';

/** Loads with an in-memory file system: `files` maps path → content. */
function load(env: Record<string, string | undefined>, files: Record<string, string> = {}, configPath?: string) {
  const options: LoadServiceConfigOptions = {
    env,
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    ...(configPath === undefined ? {} : { configPath }),
  };
  return loadServiceConfig(options);
}

function configError(run: () => unknown): ServiceConfigError {
  try {
    run();
  } catch (thrown) {
    expect(thrown).toBeInstanceOf(ServiceConfigError);
    return thrown as ServiceConfigError;
  }
  throw new Error('expected a ServiceConfigError');
}

describe('loadServiceConfig', () => {
  it('gives the documented defaults with no file and an empty environment', () => {
    const config = load({});
    expect(config.provider).toBe('offline');
    expect(config.api).toEqual({ host: null, port: 8080, body_limit: '5mb', api_keys: {} });
    expect(config.store).toEqual({ database_url: null, data_dir: '.leaseback/data' });
    expect(config.planner).toEqual({
      max_iterations: 5,
      scenario_concurrency: 5,
      solver_time_limit_ms: 10_000,
      compute_capacity: true,
      max_assets: 2000,
      engine_deadline_ms: 60_000,
      engine_threads: null,
    });
    expect(config.llm.timeout_ms).toBe(60_000);
    expect(config.llm.max_retries).toBe(2);
    expect(config.llm.max_repairs).toBe(2);
    expect(config.llm.openai).toEqual({ model: null, base_url: null, api_key: null });
    expect(config.log.level).toBe('info');
    expect(config.scenario_orchestration).toEqual({});
  });

  it('reads every section of a TOML file', () => {
    const toml = `
provider = "anthropic"

[llm]
timeout_ms = 30000
max_retries = 4
max_repairs = 1

[llm.anthropic]
model = "claude-test"
base_url = "http://127.0.0.1:9999"

[planner]
max_iterations = 3
scenario_concurrency = 2
solver_time_limit_ms = 2500
compute_capacity = false

[store]
data_dir = "/var/lib/leaseback"

[api]
host = "0.0.0.0"
port = 9000
body_limit = "1mb"

[api.api_keys]
"key-for-fund-a" = ["fund-a"]

[log]
level = "debug"

[scenario_orchestration]
enabled = true
max_loop_count = 3
`;
    const config = load({}, { '/etc/leaseback.toml': toml }, '/etc/leaseback.toml');
    expect(config.provider).toBe('anthropic');
    expect(config.llm).toMatchObject({ timeout_ms: 30_000, max_retries: 4, max_repairs: 1 });
    expect(config.llm.anthropic).toEqual({
      model: 'claude-test',
      base_url: 'http://127.0.0.1:9999',
      api_key: null,
      structured_output: 'output_config',
    });
    expect(config.planner).toEqual({
      max_iterations: 3,
      scenario_concurrency: 2,
      solver_time_limit_ms: 2500,
      compute_capacity: false,
      max_assets: 2000,
      engine_deadline_ms: 60_000,
      engine_threads: null,
    });
    expect(config.store.data_dir).toBe('/var/lib/leaseback');
    expect(config.api).toEqual({ host: '0.0.0.0', port: 9000, body_limit: '1mb', api_keys: { 'key-for-fund-a': ['fund-a'] } });
    expect(config.log.level).toBe('debug');
    expect(config.scenario_orchestration).toEqual({ enabled: true, max_loop_count: 3 });
  });

  it('lets the environment win over the file, setting by setting', () => {
    const toml = '[api]\nport = 9000\nbody_limit = "1mb"\n[planner]\nmax_iterations = 3\n';
    const config = load({ LEASEBACK_PORT: '7000', LEASEBACK_MAX_ITERATIONS: '8', LEASEBACK_CONFIG: '/c.toml' }, { '/c.toml': toml });
    expect(config.api.port).toBe(7000);
    expect(config.planner.max_iterations).toBe(8);
    // Settings the environment does not name keep the file's value.
    expect(config.api.body_limit).toBe('1mb');
  });

  it('prefers LEASEBACK_PORT to PORT, and reads PORT alone', () => {
    expect(load({ PORT: '3000' }).api.port).toBe(3000);
    expect(load({ PORT: '3000', LEASEBACK_PORT: '4000' }).api.port).toBe(4000);
  });

  it('reads every documented variable', () => {
    const config = load({
      LEASEBACK_PROVIDER: 'openai',
      LEASEBACK_OPENAI_MODEL: 'gpt-test',
      LEASEBACK_OPENAI_BASE_URL: 'http://127.0.0.1:1234/v1',
      OPENAI_API_KEY: 'sk-openai-secret-value',
      LEASEBACK_ANTHROPIC_MODEL: 'claude-test',
      LEASEBACK_ANTHROPIC_BASE_URL: 'http://127.0.0.1:4321',
      ANTHROPIC_API_KEY: 'sk-ant-secret-value',
      LEASEBACK_LLM_TIMEOUT_MS: '1500',
      LEASEBACK_LLM_DEADLINE_MS: '20000',
      LEASEBACK_ANTHROPIC_STRUCTURED_OUTPUT: 'strict_tool',
      LEASEBACK_LLM_MAX_RETRIES: '0',
      LEASEBACK_LLM_MAX_REPAIRS: '3',
      LEASEBACK_MAX_ITERATIONS: '2',
      LEASEBACK_SCENARIO_CONCURRENCY: '4',
      LEASEBACK_SOLVER_TIME_LIMIT_MS: '500',
      LEASEBACK_COMPUTE_CAPACITY: 'false',
      DATABASE_URL: 'postgres://leaseback:pw@127.0.0.1:5432/test',
      LEASEBACK_DATA_DIR: '/tmp/leaseback-data',
      LEASEBACK_HOST: '10.0.0.5',
      LEASEBACK_BODY_LIMIT: '256kb',
      LEASEBACK_API_KEYS: 'key-one=fund-a|fund-b,key-two=fund-c',
      LEASEBACK_LOG_LEVEL: 'warn',
    });
    expect(config.provider).toBe('openai');
    expect(config.llm).toEqual({
      deadline_ms: 20_000,
      timeout_ms: 1500,
      max_retries: 0,
      max_repairs: 3,
      openai: { model: 'gpt-test', base_url: 'http://127.0.0.1:1234/v1', api_key: 'sk-openai-secret-value' },
      anthropic: {
        model: 'claude-test',
        base_url: 'http://127.0.0.1:4321',
        api_key: 'sk-ant-secret-value',
        structured_output: 'strict_tool',
      },
    });
    expect(config.planner).toEqual({
      max_iterations: 2,
      scenario_concurrency: 4,
      solver_time_limit_ms: 500,
      compute_capacity: false,
      max_assets: 2000,
      engine_deadline_ms: 60_000,
      engine_threads: null,
    });
    expect(config.store).toEqual({ database_url: 'postgres://leaseback:pw@127.0.0.1:5432/test', data_dir: '/tmp/leaseback-data' });
    expect(config.api).toEqual({
      host: '10.0.0.5',
      port: 8080,
      body_limit: '256kb',
      api_keys: { 'key-one': ['fund-a', 'fund-b'], 'key-two': ['fund-c'] },
    });
    expect(config.log.level).toBe('warn');
  });

  it('treats empty variables as unset', () => {
    const config = load({ LEASEBACK_PROVIDER: '', PORT: '  ', LEASEBACK_API_KEYS: '' });
    expect(config.provider).toBe('offline');
    expect(config.api.port).toBe(8080);
    expect(config.api.api_keys).toEqual({});
  });

  it('takes configPath over LEASEBACK_CONFIG', () => {
    const files = { '/a.toml': 'provider = "openai"', '/b.toml': 'provider = "anthropic"' };
    expect(load({ LEASEBACK_CONFIG: '/a.toml' }, files, '/b.toml').provider).toBe('anthropic');
    expect(load({ LEASEBACK_CONFIG: '/a.toml' }, files).provider).toBe('openai');
  });

  it('reads a real file from disk by default', () => {
    const directory = mkdtempSync(join(tmpdir(), 'leaseback-config-'));
    try {
      const path = join(directory, 'leaseback.toml');
      writeFileSync(path, '[api]\nport = 9123\n');
      expect(loadServiceConfig({ env: {}, configPath: path }).api.port).toBe(9123);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('reports a missing file by its path', () => {
    const error = configError(() => load({}, {}, '/nowhere/leaseback.toml'));
    expect(error.code).toBe('invalid_config');
    expect(error.problems).toEqual(['/nowhere/leaseback.toml: config file not found']);
  });

  it('reports invalid TOML with the file, line and column', () => {
    const error = configError(() => load({}, { '/c.toml': 'provider = "offline"\n[api]\nport = \n' }, '/c.toml'));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^\/c\.toml:3:\d+: invalid TOML: /);
  });

  it('lists every invalid setting with its path and source', () => {
    const toml = '[api]\nport = 70000\ncolour = "blue"\n[planner]\nmax_iterations = 0\n';
    const error = configError(() =>
      load({ LEASEBACK_PROVIDER: 'mistral', LEASEBACK_SCENARIO_CONCURRENCY: 'many' }, { '/c.toml': toml }, '/c.toml'),
    );
    expect(error.problems).toEqual(
      expect.arrayContaining([
        'api.port (in /c.toml): must be between 0 and 65535',
        'api.colour (in /c.toml): unknown setting',
        'planner.max_iterations (in /c.toml): must be at least 1',
        'planner.scenario_concurrency (from LEASEBACK_SCENARIO_CONCURRENCY): must be a whole number',
      ]),
    );
    expect(error.problems.some((problem) => problem.startsWith('provider (from LEASEBACK_PROVIDER): '))).toBe(true);
    expect(error.problems).toHaveLength(5);
    expect(error.message).toContain('api.port (in /c.toml)');
  });

  it('names the environment variable when it overrode the file', () => {
    const error = configError(() => load({ LEASEBACK_PORT: '99999' }, { '/c.toml': '[api]\nport = 9000\n' }, '/c.toml'));
    expect(error.problems).toEqual(['api.port (from LEASEBACK_PORT): must be between 0 and 65535']);
  });

  it('gives every problem as data too: the setting, where its value came from, the message', () => {
    const error = configError(() =>
      load({ LEASEBACK_PORT: '99999' }, { '/c.toml': '[planner]\nmax_assets = -1\ncolour = "red"\n' }, '/c.toml'),
    );
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'api.port', source: 'from LEASEBACK_PORT', message: 'must be between 0 and 65535' },
        { path: 'planner.colour', source: 'in /c.toml', message: 'unknown setting' },
        expect.objectContaining({ path: 'planner.max_assets', source: 'in /c.toml' }),
      ]),
    );
    expect(error.details).toHaveLength(3);
    expect(configError(() => load({}, {}, '/nowhere.toml')).details).toEqual([
      { path: '/nowhere.toml', source: null, message: 'config file not found' },
    ]);
  });

  it('refuses provider keys in a file', () => {
    const toml = '[llm.openai]\napi_key = "sk-in-a-file-123456"\n';
    const error = configError(() => load({}, { '/c.toml': toml }, '/c.toml'));
    expect(error.problems).toEqual(['llm.openai.api_key (in /c.toml): provider keys are read from OPENAI_API_KEY only, never from a file']);
    expect(error.message).not.toContain('sk-in-a-file-123456');
  });
});

describe('API keys are secrets', () => {
  const secretKeys = ['k3y-alpha-0123456789', 'k3y-bravo-9876543210'];
  const env = {
    LEASEBACK_API_KEYS: `${secretKeys[0]}=fund-a|fund-b,${secretKeys[1]}=fund-c`,
    OPENAI_API_KEY: 'sk-openai-0123456789abcdef',
    DATABASE_URL: 'postgres://leaseback:db-password-42@127.0.0.1:5432/test',
  };
  const secrets = [...secretKeys, 'sk-openai-0123456789abcdef', 'db-password-42'];

  it('never appear in JSON.stringify, util.inspect or describeServiceConfig', () => {
    const config = load(env);
    const renderings = [JSON.stringify(config), inspect(config, { depth: 10 }), JSON.stringify(describeServiceConfig(config))];
    for (const rendering of renderings) for (const secret of secrets) expect(rendering).not.toContain(secret);
    expect(describeServiceConfig(config).api.api_keys).toEqual({ count: 2, fund_ids: ['fund-a', 'fund-b', 'fund-c'] });
    expect(describeServiceConfig(config).store.database_url).toContain('127.0.0.1:5432/test');
    // The real values are still there for the code that needs them.
    expect(config.api.api_keys[secretKeys[0] as string]).toEqual(['fund-a', 'fund-b']);
    expect(config.llm.openai.api_key).toBe('sk-openai-0123456789abcdef');
  });

  it('never appear in error messages about them', () => {
    const bad = [
      `${secretKeys[0]}=`, // no fund
      `${secretKeys[0]}=fund-a,${secretKeys[0]}=fund-b`, // repeated key
      `${secretKeys[0]}`, // no '='
      `{"${secretKeys[0]}": []}`, // empty list
      `{"${secretKeys[0]}": ["fund-a"],`, // broken JSON
    ];
    for (const value of bad) {
      const error = configError(() => load({ LEASEBACK_API_KEYS: value }));
      expect(error.problems[0]).toMatch(/^api\.api_keys \(from LEASEBACK_API_KEYS\): /);
      expect(error.message).not.toContain(secretKeys[0]);
    }
  });

  it('are redacted from the path of a problem found in a file', () => {
    const toml = `[api.api_keys]\n"${secretKeys[0]}" = []\n`;
    const error = configError(() => load({}, { '/c.toml': toml }, '/c.toml'));
    expect(error.problems).toEqual(['api.api_keys.[redacted] (in /c.toml): must list at least one fund id']);
  });

  it('redact any generated key map (property)', () => {
    const key = fc.stringMatching(/^[A-Za-z0-9_-]{16,32}$/);
    const fund = fc.stringMatching(/^fund-[a-z]{1,6}$/);
    fc.assert(
      fc.property(fc.dictionary(key, fc.array(fund, { minLength: 1, maxLength: 3 }), { minKeys: 1, maxKeys: 5 }), (keys) => {
        const config = parseServiceConfig({ api: { api_keys: keys } });
        const rendered = JSON.stringify(config) + inspect(config, { depth: 10 });
        for (const apiKey of Object.keys(keys)) expect(rendered).not.toContain(apiKey);
      }),
    );
  });
});

describe('resolveApiListenHost', () => {
  it('listens on 127.0.0.1 only without API keys, whatever the host says', () => {
    expect(resolveApiListenHost(parseServiceConfig({ api: { host: '0.0.0.0' } }))).toEqual({ host: '127.0.0.1', restricted: true });
  });

  it('listens on the configured host, default all interfaces, with API keys', () => {
    expect(resolveApiListenHost(parseServiceConfig({ api: { api_keys: { k: ['fund-a'] } } }))).toEqual({
      host: '0.0.0.0',
      restricted: false,
    });
    expect(resolveApiListenHost(parseServiceConfig({ api: { host: '10.1.2.3', api_keys: { k: ['fund-a'] } } }))).toEqual({
      host: '10.1.2.3',
      restricted: false,
    });
  });
});
