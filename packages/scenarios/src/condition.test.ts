import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConditionSchema, conditionFields, conditionValueFields, evaluateCondition, type Condition } from './condition.js';

describe('evaluateCondition', () => {
  const fields = { amount: 50, currency: 'USD', approved: true, missing: null, date: '2025-03-01' };

  it('exists is true for a known field and false for an absent or null one, never undecided', () => {
    expect(evaluateCondition({ exists: 'amount' }, fields)).toBe(true);
    expect(evaluateCondition({ exists: 'nothing' }, fields)).toBe(false);
    expect(evaluateCondition({ exists: 'missing' }, fields)).toBe(false);
  });

  it('does not treat inherited object properties as fields', () => {
    expect(evaluateCondition({ exists: 'constructor' }, {})).toBe(false);
    expect(evaluateCondition({ equals: { field: 'toString', value: 'x' } }, {})).toBeNull();
  });

  it('equals compares scalars strictly and is undecided when the field is unknown', () => {
    expect(evaluateCondition({ equals: { field: 'currency', value: 'USD' } }, fields)).toBe(true);
    expect(evaluateCondition({ equals: { field: 'currency', value: 'EUR' } }, fields)).toBe(false);
    expect(evaluateCondition({ equals: { field: 'amount', value: '50' } }, fields)).toBe(false);
    expect(evaluateCondition({ equals: { field: 'approved', value: true } }, fields)).toBe(true);
    expect(evaluateCondition({ equals: { field: 'nothing', value: 1 } }, fields)).toBeNull();
  });

  it('compare supports every operator on numbers and on strings', () => {
    const cases: [Condition, boolean][] = [
      [{ compare: { field: 'amount', operator: 'lt', value: 60 } }, true],
      [{ compare: { field: 'amount', operator: 'lte', value: 50 } }, true],
      [{ compare: { field: 'amount', operator: 'gt', value: 50 } }, false],
      [{ compare: { field: 'amount', operator: 'gte', value: 50 } }, true],
      [{ compare: { field: 'amount', operator: 'eq', value: 50 } }, true],
      [{ compare: { field: 'amount', operator: 'neq', value: 50 } }, false],
      [{ compare: { field: 'date', operator: 'lt', value: '2025-04-01' } }, true],
      [{ compare: { field: 'date', operator: 'gt', value: '2025-04-01' } }, false],
    ];
    for (const [condition, expected] of cases) expect(evaluateCondition(condition, fields)).toBe(expected);
  });

  it('compare is false across types and undecided on an unknown field', () => {
    expect(evaluateCondition({ compare: { field: 'currency', operator: 'gt', value: 1 } }, fields)).toBe(false);
    expect(evaluateCondition({ compare: { field: 'nothing', operator: 'gt', value: 1 } }, fields)).toBeNull();
  });

  it('all, any and not follow three-valued logic', () => {
    const yes: Condition = { exists: 'amount' };
    const no: Condition = { exists: 'nothing' };
    const unknown: Condition = { equals: { field: 'nothing', value: 1 } };
    expect(evaluateCondition({ all: [yes, yes] }, fields)).toBe(true);
    expect(evaluateCondition({ all: [yes, unknown] }, fields)).toBeNull();
    expect(evaluateCondition({ all: [unknown, no] }, fields)).toBe(false);
    expect(evaluateCondition({ any: [no, no] }, fields)).toBe(false);
    expect(evaluateCondition({ any: [no, unknown] }, fields)).toBeNull();
    expect(evaluateCondition({ any: [unknown, yes] }, fields)).toBe(true);
    expect(evaluateCondition({ not: yes }, fields)).toBe(false);
    expect(evaluateCondition({ not: no }, fields)).toBe(true);
    expect(evaluateCondition({ not: unknown }, fields)).toBeNull();
  });

  it('lists the fields a condition mentions, and those whose value it needs', () => {
    const condition: Condition = {
      all: [
        { exists: 'a' },
        { any: [{ equals: { field: 'b', value: 1 } }, { not: { compare: { field: 'c', operator: 'lt', value: 2 } } }] },
        { exists: 'b' },
      ],
    };
    expect(conditionFields(condition)).toEqual(['a', 'b', 'c']);
    expect(conditionValueFields(condition)).toEqual(['b', 'c']);
  });

  it('never decides without every value it needs (property)', () => {
    // `exists` decides on absence, so knowing more may change it: it only tests `x`, which is always known here.
    const leaf = fc.oneof(
      fc.record({ exists: fc.constant('x') }),
      fc.record({ equals: fc.record({ field: fc.constantFrom('x', 'y'), value: fc.integer({ min: 0, max: 2 }) }) }),
    );
    const condition = fc.letrec<{ node: Condition }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ not: tie('node') }),
      ),
    })).node;
    fc.assert(
      fc.property(condition, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), (node, x, y) => {
        // With every field known the outcome is always decided.
        expect(evaluateCondition(node, { x, y })).not.toBeNull();
        // Knowing more never flips a decided outcome (monotonicity of three-valued logic).
        const partial = evaluateCondition(node, { x });
        if (partial !== null) expect(evaluateCondition(node, { x, y })).toBe(partial);
      }),
    );
  });
});

describe('ConditionSchema', () => {
  it('accepts nested conditions', () => {
    const condition = { any: [{ exists: 'a' }, { not: { compare: { field: 'b', operator: 'gte', value: 3 } } }] };
    expect(ConditionSchema.parse(condition)).toEqual(condition);
  });

  it('rejects code, unknown operators and empty combinators', () => {
    expect(ConditionSchema.safeParse('amount > 3').success).toBe(false);
    expect(ConditionSchema.safeParse({ compare: { field: 'b', operator: 'between', value: 3 } }).success).toBe(false);
    expect(ConditionSchema.safeParse({ all: [] }).success).toBe(false);
    expect(ConditionSchema.safeParse({ exists: 'a', equals: { field: 'a', value: 1 } }).success).toBe(false);
    expect(ConditionSchema.safeParse({ equals: { field: 'a', value: { nested: true } } }).success).toBe(false);
  });
});
