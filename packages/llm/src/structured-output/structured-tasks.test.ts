import { ASSET_TYPES, InvalidInputError } from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transformJSONSchema } from '@anthropic-ai/sdk/lib/transform-json-schema';
import { assetSummary, brief, nodes, outcome, revisionContext, spec } from '../testing/planning-inputs.js';
import { checkAnthropicSchema } from './check-anthropic-schema.js';
import type { JsonSchema } from './check-strict-schema.js';
import { fitAnthropicLimits } from './fit-anthropic-limits.js';
import { checkStrictSchema } from './check-strict-schema.js';
import { explanationSummaryTask } from './explanation-summary-task.js';
import { extractFieldsTask } from './extract-fields-task.js';
import { revisionTask } from './revision-task.js';
import { scenarioDefinitionsTask } from './scenario-definitions-task.js';
import { selectorSpecTask } from './selector-spec-task.js';
import type { TaskRequest } from './structured-task.js';
import { createStructuredLlmClient } from './structured-llm-client.js';
import type { ModelReply } from './run-with-repair.js';

const tasks: [string, TaskRequest][] = [
  ['selector spec', selectorSpecTask(brief, assetSummary)],
  ['revision', revisionTask(spec, outcome, revisionContext)],
  ['summary', explanationSummaryTask(spec, outcome, nodes)],
  ['scenarios', scenarioDefinitionsTask(brief, assetSummary, 3)],
  ['extraction', extractFieldsTask('Make it $80M', ['target_amount'], {})],
];

describe('structured tasks', () => {
  it.each(tasks)("%s: a valid format name, a schema within both providers' strict-mode limits and the JSON rule", (_name, task) => {
    expect(task.name).toMatch(/^[a-z_]{1,64}$/);
    expect(checkStrictSchema(task.jsonSchema)).toEqual([]);
    expect(checkAnthropicSchema(fitAnthropicLimits(transformJSONSchema(task.jsonSchema) as JsonSchema))).toEqual([]);
    expect(task.system).toContain('Answer with one JSON object that matches the response schema exactly.');
  });

  it.each(tasks.filter(([name]) => name !== 'summary'))('%s: figures in the answer are plain numbers', (_name, task) => {
    expect(task.system).toContain('$50M = 50000000');
  });

  it.each(tasks)('%s: the system prompt is the same for every input, so it can be cached', (name) => {
    const other = {
      'selector spec': () =>
        selectorSpecTask('Raise $90M from offices only.', { ...assetSummary, markets: ['Reno'], text: 'Another portfolio.' }),
      revision: () => revisionTask({ ...spec, target_amount: 210_000_000 }, outcome, { ...revisionContext, iteration: 3, capacity: null }),
      summary: () => explanationSummaryTask({ ...spec, target_amount: 90_000_000 }, { ...outcome, constraint_checks: [] }, []),
      scenarios: () => scenarioDefinitionsTask('Raise $90M.', assetSummary, 5),
      extraction: () => extractFieldsTask('No, make it $20M', ['floor_amount', 'confirmation'], { markets: ['Reno'] }),
    }[name];
    const first = tasks.find(([candidate]) => candidate === name)?.[1];
    expect(other?.().system).toBe(first?.system);
  });

  it('selector spec: the brief, the portfolio figures and the exact market names', () => {
    const task = selectorSpecTask(brief, assetSummary);
    expect(task.method).toBe('generateSelectorSpec');
    expect(task.user).toContain(brief);
    expect(task.user).toContain(
      'Markets (use these exact names): Atlanta, Chicago, Columbus, Dallas, Houston, Inland Empire, Newark, Phoenix.',
    );
    expect(task.user).toContain('Baseline: EBITDA $420,000,000, net debt $1,260,000,000, net leverage 3x, fixed-charge coverage 4.2857x.');
    expect(task.system).toContain('"nothing mission-critical" = 0.7');
    expect(task.system).toContain('"only easily re-lettable sites", "highly leasable" or "generic boxes" = 0.7, "leasable" = 0.5');
  });

  it('revision: the policy bounds worked out for this iteration, the outcome reasons and the capacity', () => {
    const task = revisionTask(spec, outcome, revisionContext);
    // Target $250M, 20 % step, floor 80 % of $250M = $200M: this iteration $200M..$250M.
    expect(task.user).toContain('this iteration between $200,000,000 and $250,000,000');
    // min_leaseability 0.7 may fall by 0.1 to 0.6 (floor 0.1).
    expect(task.user).toContain('this iteration at least 0.6');
    expect(task.user).toContain('asset_filters.max_criticality is not set; leave it null.');
    expect(task.user).toContain('Iteration 1 of at most 5.');
    expect(task.user).toContain('"code": "target_shortfall"');
    expect(task.user).toContain('"leaseability": 2');
    expect(task.user).toContain('Capacity under the current spec: at most $232,400,000 can be raised (4 assets, proven).');
  });

  it('revision: a step from a lower target is bounded by the floor', () => {
    const lowered = { ...spec, target_amount: 210_000_000, asset_filters: { max_criticality: 0.85 } };
    const task = revisionTask(lowered, outcome, { ...revisionContext, capacity: null });
    // 210M x 0.8 = 168M is below the 200M floor, so the floor is the lowest target.
    expect(task.user).toContain('this iteration between $200,000,000 and $210,000,000');
    // 0.85 + 0.1 would pass the 0.9 ceiling.
    expect(task.user).toContain('this iteration at most 0.9');
    expect(task.user).toContain('Capacity under the current spec: unknown.');
  });

  it('summary: the outcome figures, the covenants and every fact', () => {
    const task = explanationSummaryTask(spec, outcome, nodes);
    expect(task.user).toContain(
      'Outcome: infeasible; proceeds $232.4M against a target of $250M (shortfall $17.6M); 4 assets selected, 3 excluded by filters.',
    );
    expect(task.user).toContain('- max_net_leverage: limit 3.25x, before 3.00x, after 2.61x, kept');
    expect(task.user).toContain(
      '- asset_excluded (asset DAL-02): Wilmer Automated Distribution Center was excluded: leaseability 0.65 < min 0.7.',
    );
    expect(task.toValue({ summary: 'Short by $17.6M.' })).toBe('Short by $17.6M.');
  });

  it('scenarios: the count in the prompt and the schema, and a count outside 1..5 refused', () => {
    const task = scenarioDefinitionsTask(brief, assetSummary, 4);
    expect(task.system).toContain('Return exactly the number of scenarios asked for, in "scenarios".');
    const scenarios = (task.jsonSchema.properties as Record<string, { minItems?: number; maxItems?: number }>).scenarios;
    expect([scenarios?.minItems, scenarios?.maxItems]).toEqual([4, 4]);
    expect(task.user).toContain('Number of scenarios: 4.');
    for (const count of [0, 6, 2.5]) expect(() => scenarioDefinitionsTask(brief, assetSummary, count)).toThrowError(InvalidInputError);
  });

  it('extraction: field descriptions, known fields and markets, and bad names refused', () => {
    const task = extractFieldsTask('Same target as before but leave out Dallas', ['target_amount', 'exclude_markets'], {
      known_fields: { target_amount: 80_000_000 },
      field_descriptions: { exclude_markets: 'Markets to leave out' },
      markets: ['Dallas', 'Houston'],
    });
    expect(task.user).toContain('Fields:\n- target_amount\n- exclude_markets: Markets to leave out');
    expect(task.user).toContain('"target_amount": 80000000');
    expect(task.user).toContain('Markets in the portfolio (use these exact names): Dallas, Houston.');
    expect((task.jsonSchema.properties as Record<string, { description?: string }>).exclude_markets?.description).toBe(
      'Markets to leave out',
    );
    expect(() => extractFieldsTask('x', [], {})).toThrowError(InvalidInputError);
    expect(() => extractFieldsTask('x', ['a', 'a'], {})).toThrowError(/duplicate field "a"/);
  });
});

describe('prompt rules', () => {
  it('"at least $40M" is the target and the floor', () => {
    const { system } = selectorSpecTask(brief, assetSummary);
    expect(system).toContain('"at least $40M" asks for $40M, so the target is 40000000');
    expect(system).toContain('"at least $40M" makes $40M the floor as well as the target (floor_amount 40000000)');
  });

  it('the summary prompt has one money format, and its figures are written in it', () => {
    const task = explanationSummaryTask(spec, outcome, nodes);
    expect(task.system.match(/Money format:/g)).toHaveLength(1);
    expect(task.system).not.toContain('$50M = 50000000');
    expect(`${task.system}\n${task.user}`).not.toMatch(/\$\d{1,3}(,\d{3})+/);
  });

  it('the summary asks which covenant binds only when one does', () => {
    const binding = outcome.constraint_checks.map((check, index) => ({ ...check, binding: index === 0 }));
    const withBinding = explanationSummaryTask(spec, { ...outcome, constraint_checks: binding }, nodes);
    expect(withBinding.user).toContain(`Binding covenant: ${binding[0]?.name}.`);
    const none = explanationSummaryTask(
      spec,
      { ...outcome, constraint_checks: binding.map((check) => ({ ...check, binding: false })) },
      nodes,
    );
    expect(none.user).toContain('No covenant binds: do not name one as binding.');
    expect(none.system).toContain('when a covenant is marked binding');
  });

  it('the summary names the capacity as the alternative, and the exact strategy when greedy missed what it shows reachable', () => {
    expect(explanationSummaryTask(spec, { ...outcome, capacity: null }, nodes).user).toContain(
      'Capacity: not computed; name no alternative.',
    );
    const missed = explanationSummaryTask(
      spec,
      {
        ...outcome,
        status: 'infeasible',
        strategy: 'greedy',
        target_amount: 90_000_000,
        capacity: { max_proceeds: 95_000_000, asset_ids: ['DAL-01', 'ATL-02'], proven_optimal: true },
      },
      nodes,
    );
    expect(missed.user).toContain(
      'Capacity: at most $95M can be raised under these covenants and filters (2 assets); that set meets the $90M target greedy missed, so the exact strategy would meet it.',
    );
    expect(missed.system).toContain('End with the alternative the capacity line gives');
    const short = explanationSummaryTask(
      spec,
      {
        ...outcome,
        status: 'infeasible',
        target_amount: 90_000_000,
        capacity: { max_proceeds: 80_000_000, asset_ids: ['DAL-01'], proven_optimal: true },
      },
      nodes,
    );
    expect(short.user).toContain('Capacity: at most $80M can be raised under these covenants and filters (1 asset).');
  });

  it('the inputs that change most come last', () => {
    const reading = selectorSpecTask(brief, assetSummary).user;
    expect(reading.indexOf('Portfolio:')).toBeLessThan(reading.indexOf('Brief:'));
    const extraction = extractFieldsTask('Make it $80M', ['target_amount'], { markets: ['Dallas'] }).user;
    expect(extraction.endsWith('Message:\nMake it $80M')).toBe(true);
  });
});

describe('schemas built per call', () => {
  type Node = { anyOf?: Node[]; items?: Node & { enum?: string[] }; properties?: Record<string, Node> };
  const listEnum = (node: Node | undefined) => node?.anyOf?.find((branch) => branch.items !== undefined)?.items?.enum;

  it("selector spec: markets and asset types are the portfolio's", () => {
    // asset_filters is optional, so a nullable anyOf around the object.
    const filters = (selectorSpecTask(brief, assetSummary).jsonSchema as Node).properties?.asset_filters?.anyOf?.[0];
    expect(listEnum(filters?.properties?.include_markets)).toEqual([...assetSummary.markets]);
    expect(listEnum(filters?.properties?.exclude_markets)).toEqual([...assetSummary.markets]);
    expect(listEnum(filters?.properties?.asset_types)).toEqual([...assetSummary.asset_types]);
  });

  it("scenarios: exclude_markets names only the portfolio's markets", () => {
    const scenarios = (scenarioDefinitionsTask(brief, assetSummary, 2).jsonSchema as Node).properties?.scenarios;
    expect(listEnum(scenarios?.items?.properties?.exclude_markets)).toEqual([...assetSummary.markets]);
  });

  it('extraction: each known field has its own type, markets from the context', () => {
    const schema = extractFieldsTask('x', ['target_amount', 'confirmation', 'strategy', 'exclude_markets', 'colour'], {
      markets: ['Dallas', 'Houston'],
    }).jsonSchema as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.target_amount?.type).toEqual(['number', 'null']);
    expect(schema.properties.confirmation?.type).toEqual(['boolean', 'null']);
    expect(JSON.stringify(schema.properties.strategy)).toContain('"enum":["greedy","exact"]');
    expect(listEnum(schema.properties.exclude_markets as Node)).toEqual(['Dallas', 'Houston']);
    // An unknown name keeps the open union.
    expect(JSON.stringify(schema.properties.colour)).toContain('"type":"boolean"');
  });
});

describe('createStructuredLlmClient', () => {
  it('routes each method to its task and runs it through the repair loop', async () => {
    const sent: string[] = [];
    const answers: Record<string, unknown> = {
      selector_spec: { ...spec, floor_amount: null },
      revised_selector_spec: { ...spec, target_amount: 232_000_000 },
      explanation_summary: { summary: 'Short by $17.6M.' },
      scenario_definitions: {
        scenarios: [
          {
            label: 'Base',
            kind: 'base',
            rationale: 'As written',
            target_amount: 250_000_000,
            max_leverage: null,
            min_coverage: null,
            max_criticality: null,
            min_leaseability: null,
            exclude_markets: null,
          },
        ],
      },
      extracted_fields: { target_amount: 80_000_000, confirmed: null },
    };
    const client = createStructuredLlmClient({
      provider: 'test',
      model: 'model-1',
      mapError: () => null,
      openConversation: (task) => async (): Promise<ModelReply> => {
        sent.push(task.method);
        return {
          status: 'complete',
          output: { kind: 'value', value: answers[task.name] },
          usage: { input_tokens: 1, output_tokens: 1, total_tokens: 2 },
        };
      },
    });
    expect(client.provider).toBe('test');
    expect((await client.generateSelectorSpec(brief, assetSummary)).value.target_amount).toBe(250_000_000);
    expect((await client.reviseSelectorSpec(spec, outcome, revisionContext)).value.target_amount).toBe(232_000_000);
    expect((await client.generateExplanationSummary(spec, outcome, nodes)).value).toBe('Short by $17.6M.');
    expect((await client.generateScenarioDefinitions(brief, assetSummary, 1)).value.map((definition) => definition.kind)).toEqual(['base']);
    expect((await client.extractFields('Make it $80M', ['target_amount', 'confirmed'], {})).value).toEqual({ target_amount: 80_000_000 });
    expect(sent).toEqual([
      'generateSelectorSpec',
      'reviseSelectorSpec',
      'generateExplanationSummary',
      'generateScenarioDefinitions',
      'extractFields',
    ]);
  });
});

describe("per-call schemas stay within both providers' limits", () => {
  it('for any portfolio vocabulary, large or odd, every task schema passes both strict-mode checks', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 1_200 }),
        fc.nat({ max: 8 }),
        (markets, typeCount) => {
          const summary = { ...assetSummary, markets, asset_types: ASSET_TYPES.slice(0, typeCount) };
          for (const task of [
            selectorSpecTask(brief, summary),
            scenarioDefinitionsTask(brief, summary, 5),
            extractFieldsTask('x', ['include_markets', 'exclude_markets', 'asset_types', 'target_amount'], { markets }),
          ]) {
            expect(checkStrictSchema(task.jsonSchema)).toEqual([]);
            expect(checkAnthropicSchema(fitAnthropicLimits(transformJSONSchema(task.jsonSchema) as JsonSchema))).toEqual([]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
