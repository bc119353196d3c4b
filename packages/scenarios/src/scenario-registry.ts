import { compileScenario, type CompiledScenario } from './compiled-scenario.js';
import type { Scenario } from './scenario-definition.js';
import { ScenarioDefinitionError, ScenarioVersionNotFoundError } from './scenario-error.js';

/** The compiled forms of each registry, reachable only inside this package (see `compiledScenario`). */
const COMPILED = new WeakMap<
  ScenarioRegistry,
  { readonly byKey: ReadonlyMap<string, CompiledScenario>; readonly latest: ReadonlyMap<string, CompiledScenario> }
>();

/**
 * Validated scenario definitions keyed by `(id, version)`. Sessions pin the
 * version an instance started on; new instances start on the latest version.
 * Immutable: build a new registry to add definitions.
 */
export class ScenarioRegistry {
  readonly #byKey = new Map<string, CompiledScenario>();
  readonly #latest = new Map<string, CompiledScenario>();
  readonly #all: readonly Scenario[];

  /** Prefer `loadScenarioDefinitions`, which validates; definitions given here must already be validated (duplicates are still rejected). */
  constructor(scenarios: readonly Scenario[]) {
    const problems: { path: string; message: string }[] = [];
    scenarios.forEach((scenario, index) => {
      const key = registryKey(scenario.id, scenario.version);
      if (this.#byKey.has(key)) {
        problems.push({ path: `scenarios[${index}].version`, message: `duplicate scenario "${scenario.id}" version ${scenario.version}` });
        return;
      }
      const compiled = compileScenario(scenario);
      this.#byKey.set(key, compiled);
      const latest = this.#latest.get(scenario.id);
      if (latest === undefined || latest.scenario.version < scenario.version) this.#latest.set(scenario.id, compiled);
    });
    if (problems.length > 0) throw new ScenarioDefinitionError(problems);
    COMPILED.set(this, { byKey: this.#byKey, latest: this.#latest });
    this.#all = [...scenarios].sort((left, right) => compareText(left.id, right.id) || left.version - right.version);
  }

  /** The definition of `id` at `version`, if registered. */
  get(id: string, version: number): Scenario | undefined {
    return this.#byKey.get(registryKey(id, version))?.scenario;
  }

  /** The definition of `id` at `version`; throws `ScenarioVersionNotFoundError` when it is not registered. */
  require(id: string, version: number): Scenario {
    return compiledScenario(this, id, version).scenario;
  }

  /** The highest registered version of `id`, if any. */
  latest(id: string): Scenario | undefined {
    return this.#latest.get(id)?.scenario;
  }

  /** Whether `id` (at `version`, when given) is registered. */
  has(id: string, version?: number): boolean {
    return version === undefined ? this.#latest.has(id) : this.#byKey.has(registryKey(id, version));
  }

  /** Registered versions of `id`, ascending. */
  versions(id: string): number[] {
    return this.#all.filter((scenario) => scenario.id === id).map((scenario) => scenario.version);
  }

  /** Every registered definition, ordered by id then version. */
  list(): readonly Scenario[] {
    return this.#all;
  }

  /** The latest version of every scenario id, ordered by id. */
  latestVersions(): Scenario[] {
    return [...this.#latest.values()].map((compiled) => compiled.scenario).sort((left, right) => compareText(left.id, right.id));
  }
}

/**
 * The compiled form of `id` at `version`, used by the orchestrator. Not part of
 * the package's API (the index does not export it): the compiled form is an
 * implementation detail of how definitions are walked.
 *
 * @throws ScenarioVersionNotFoundError when that version is not registered.
 */
export function compiledScenario(registry: ScenarioRegistry, id: string, version: number): CompiledScenario {
  const compiled = COMPILED.get(registry)?.byKey.get(registryKey(id, version));
  if (compiled === undefined) {
    const known = registry.versions(id);
    throw new ScenarioVersionNotFoundError(
      id,
      version,
      known.length === 0 ? 'no version of this scenario is registered' : `registered versions: ${known.join(', ')}`,
    );
  }
  return compiled;
}

/** The compiled latest version of `id`, if registered (package-internal, see `compiledScenario`). */
export function compiledLatestScenario(registry: ScenarioRegistry, id: string): CompiledScenario | undefined {
  return COMPILED.get(registry)?.latest.get(id);
}

function registryKey(id: string, version: number): string {
  return `${id}@${version}`;
}

/** Compares strings by code unit, so ordering never depends on the locale. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
