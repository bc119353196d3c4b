import { describe, expect, it } from 'vitest';
import { playbooks } from './__fixtures__/playbooks.js';
import { loadScenarioDefinitions } from './load-scenario-definitions.js';
import { INTENT_MATCH_SCORE, keywordMatchScore, PATTERN_MATCH_SCORE, scoreCandidates } from './score-candidates.js';

describe('scoreCandidates', () => {
  const registry = loadScenarioDefinitions(playbooks);

  it('scores one matched keyword 0.6, two 0.7 and three or more 0.8', () => {
    expect(keywordMatchScore(0)).toBe(0);
    expect(keywordMatchScore(1)).toBeCloseTo(0.6);
    expect(keywordMatchScore(2)).toBeCloseTo(0.7);
    expect(keywordMatchScore(5)).toBeCloseTo(0.8);
    expect(scoreCandidates(registry, 'Please explain')).toEqual([
      { scenario_id: 'explain_run', score: keywordMatchScore(1), matched: ['keyword:explain'] },
    ]);
    const two = scoreCandidates(registry, 'Raise proceeds');
    expect(two[0]?.score).toBeCloseTo(0.7);
  });

  it('matches keywords as whole words, ignoring case and punctuation', () => {
    expect(scoreCandidates(registry, 'What-If we sold less?').map((candidate) => candidate.scenario_id)).toEqual(['what_if_analysis']);
    expect(scoreCandidates(registry, 'what if we sold less').map((candidate) => candidate.scenario_id)).toEqual(['what_if_analysis']);
    expect(scoreCandidates(registry, 'the fundraiser is tomorrow')).toEqual([]);
  });

  it('scores a matched pattern 0.9 and a matched intent 1.0', () => {
    const byPattern = scoreCandidates(registry, 'Show me a downside case');
    expect(byPattern).toEqual([
      { scenario_id: 'what_if_analysis', score: PATTERN_MATCH_SCORE, matched: ['pattern:\\bshow me (an? )?\\w+ case\\b'] },
    ]);
    const byIntent = scoreCandidates(registry, 'hello', 'plan_program');
    expect(byIntent).toEqual([{ scenario_id: 'program_intake', score: INTENT_MATCH_SCORE, matched: ['intent:plan_program'] }]);
  });

  it('orders by score, then by id, and works on a plain list using the latest version', () => {
    const list = [...playbooks.map((scenario) => loadScenarioDefinitions([scenario]).list()[0]!)];
    const both = scoreCandidates(list, 'explain the program');
    expect(both.map((candidate) => candidate.scenario_id)).toEqual(['explain_run', 'program_intake']);
    const newer = { ...list[2]!, version: 2, triggers: { keywords: ['clarify'], patterns: [], intents: [] } };
    expect(scoreCandidates([...list, newer], 'clarify').map((candidate) => candidate.scenario_id)).toEqual(['explain_run']);
    expect(scoreCandidates([...list, newer], 'explain')).toEqual([]);
  });
});
