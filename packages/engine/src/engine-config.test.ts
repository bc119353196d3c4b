import { InvalidInputError } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_CONFIG, EngineConfigSchema, resolveEngineConfig } from './engine-config.js';

describe('engine config', () => {
  it('defaults to a relative tolerance of 1e-9 and a 10 s exact time limit', () => {
    expect(DEFAULT_ENGINE_CONFIG.relative_tolerance).toBe(1e-9);
    expect(DEFAULT_ENGINE_CONFIG.exact.time_limit_ms).toBe(10_000);
    expect(resolveEngineConfig()).toBe(DEFAULT_ENGINE_CONFIG);
    expect(resolveEngineConfig({})).toEqual(DEFAULT_ENGINE_CONFIG);
  });

  it('fills nested defaults when only some fields are given', () => {
    const config = resolveEngineConfig({ exact: { time_limit_ms: 500 } });
    expect(config.exact.time_limit_ms).toBe(500);
    expect(config.exact.absolute_gap).toBe(DEFAULT_ENGINE_CONFIG.exact.absolute_gap);
    expect(config.relative_tolerance).toBe(1e-9);
  });

  it('rejects invalid values and unknown fields with paths', () => {
    expect(() => resolveEngineConfig({ relative_tolerance: -1 })).toThrow(InvalidInputError);
    try {
      resolveEngineConfig({ relative_tolerance: Number.NaN, exact: { time_limit_ms: 0 }, colour: 'red' } as never);
      expect.unreachable();
    } catch (error) {
      const paths = (error as InvalidInputError).problems.map((problem) => problem.path).sort();
      expect(paths).toEqual(['config.colour', 'config.exact.time_limit_ms', 'config.relative_tolerance']);
    }
    expect(EngineConfigSchema.safeParse({ exact: { max_tie_break_solves: 1.5 } }).success).toBe(false);
  });
});
