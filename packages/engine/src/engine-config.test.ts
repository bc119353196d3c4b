import { InvalidInputError } from '@leaseback/domain';
import fc from 'fast-check';
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

  it('reads a time limit alone exactly as the schema does (the same value, keys in order, the same refusals)', () => {
    const limits = fc.oneof(
      fc.double(),
      fc.integer({ min: -10, max: 4_000_000 }),
      fc.constantFrom(0, -0, 3_600_000, 3_600_001, Number.NaN, Number.POSITIVE_INFINITY, '500', null),
    );
    const configs = fc.oneof(
      limits.map((limit) => ({ exact: { time_limit_ms: limit } })),
      limits.map((limit) => ({ exact: { time_limit_ms: limit, absolute_gap: 1e-6 } })),
      limits.map((limit) => ({ exact: { time_limit_ms: limit }, relative_tolerance: 1e-6 })),
    );
    fc.assert(
      fc.property(configs, (config) => {
        const parsed = EngineConfigSchema.safeParse(config);
        if (!parsed.success) {
          expect(() => resolveEngineConfig(config as never)).toThrow(InvalidInputError);
          return;
        }
        const resolved = resolveEngineConfig(config as never);
        expect(resolved).toEqual(parsed.data);
        expect(JSON.stringify(resolved)).toBe(JSON.stringify(parsed.data));
      }),
      { numRuns: 500 },
    );
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
