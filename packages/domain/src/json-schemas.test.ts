import { describe, expect, it } from 'vitest';
import { toJsonSchema, wireSchemas, type WireSchemaName } from './index.js';

// A change to any wire shape shows up as a snapshot diff in review.
describe('JSON Schema of every wire object', () => {
  for (const name of Object.keys(wireSchemas) as WireSchemaName[]) {
    it(`${name} (output)`, () => {
      expect(toJsonSchema(name)).toMatchSnapshot();
    });
  }
  for (const name of ['ProgramRequest', 'SelectorSpec', 'ScenarioSetRequest', 'Portfolio'] as const) {
    it(`${name} (input)`, () => {
      expect(toJsonSchema(name, { io: 'input' })).toMatchSnapshot();
    });
  }

  it('marks strict objects as closed', () => {
    const schema = toJsonSchema('SelectorSpec');
    expect(schema.additionalProperties).toBe(false);
  });
});
