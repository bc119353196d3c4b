import { z } from 'zod';
import { IdentifierSchema } from './json-value.js';
import type { Scenario } from './scenario-definition.js';
import { compareText, ScenarioRegistry } from './scenario-registry.js';

/** A scenario that may apply to a turn, with a score in 0..1 (see `scoreCandidates`). */
export const ScoredCandidateSchema = z.strictObject({
  scenario_id: IdentifierSchema,
  /** 0..1; the orchestrator starts candidates scoring at least `min_start_score`. */
  score: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  /** Start this version instead of the latest registered one. */
  scenario_version: z.int().positive().optional(),
  /** Why it matched, e.g. `keyword:refund`, `pattern:order\\s+#?\\d+`, `intent:refund_request`. */
  matched: z.array(z.string()).default([]),
  /**
   * Start another instance even when the scenario already has an open (active
   * or paused) one; otherwise a candidate continues or resumes the open one.
   */
  new_instance: z.boolean().optional(),
});

/** A scored candidate (see `ScoredCandidateSchema`). */
export type ScoredCandidate = z.output<typeof ScoredCandidateSchema>;

/** Score of a matched intent label. */
export const INTENT_MATCH_SCORE = 1;
/** Score of a matched pattern. */
export const PATTERN_MATCH_SCORE = 0.9;

/** Score for `count` matched keywords: 0.6, 0.7, then 0.8 from three on. */
export function keywordMatchScore(count: number): number {
  if (count <= 0) return 0;
  return Math.min(0.8, 0.5 + 0.1 * count);
}

const compiledPatterns = new WeakMap<Scenario, readonly RegExp[]>();
const normalisedKeywords = new WeakMap<Scenario, readonly string[]>();

/** Lower-cases and replaces every run of non-letters/digits with one space, padded, for whole-word matching. */
function normaliseText(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Scores every scenario's triggers against a message (and an optional intent
 * label), using the latest version of each scenario. The score is the best of:
 *
 * - `1.0` when `intent` is one of the scenario's `triggers.intents`;
 * - `0.9` when one of `triggers.patterns` matches (case-insensitive regular expression);
 * - `0.6` / `0.7` / `0.8` for one / two / three or more `triggers.keywords`
 *   found as whole words or phrases (case and punctuation ignored, so
 *   `"what-if"` matches "What if ...").
 *
 * Returns the scenarios scoring above zero, best first (ties by id), each with
 * what matched. Pass the result as `turnInput.candidates`.
 */
export function scoreCandidates(
  definitions: ScenarioRegistry | readonly Scenario[],
  message: string,
  intent?: string | null,
): ScoredCandidate[] {
  const scenarios = definitions instanceof ScenarioRegistry ? definitions.latestVersions() : latestOf(definitions);
  const text = normaliseText(message);
  const candidates: ScoredCandidate[] = [];
  for (const scenario of scenarios) {
    const matched: string[] = [];
    let score = 0;
    if (intent !== undefined && intent !== null && scenario.triggers.intents.includes(intent)) {
      matched.push(`intent:${intent}`);
      score = INTENT_MATCH_SCORE;
    }
    const patterns = patternsOf(scenario);
    patterns.forEach((pattern, index) => {
      if (pattern.test(message)) {
        matched.push(`pattern:${scenario.triggers.patterns[index] ?? pattern.source}`);
        score = Math.max(score, PATTERN_MATCH_SCORE);
      }
    });
    const keywords = keywordsOf(scenario);
    let keywordCount = 0;
    keywords.forEach((keyword, index) => {
      if (keyword.trim() !== '' && text.includes(keyword)) {
        keywordCount += 1;
        matched.push(`keyword:${scenario.triggers.keywords[index] ?? keyword.trim()}`);
      }
    });
    score = Math.max(score, keywordMatchScore(keywordCount));
    if (score > 0) candidates.push({ scenario_id: scenario.id, score, matched });
  }
  return candidates.sort((left, right) => right.score - left.score || compareText(left.scenario_id, right.scenario_id));
}

function latestOf(scenarios: readonly Scenario[]): Scenario[] {
  const latest = new Map<string, Scenario>();
  for (const scenario of scenarios) {
    const current = latest.get(scenario.id);
    if (current === undefined || current.version < scenario.version) latest.set(scenario.id, scenario);
  }
  return [...latest.values()].sort((left, right) => compareText(left.id, right.id));
}

function patternsOf(scenario: Scenario): readonly RegExp[] {
  let patterns = compiledPatterns.get(scenario);
  if (patterns === undefined) {
    // Patterns were validated at load; `u` keeps them Unicode-aware, and no `g` flag so `test` is stateless.
    patterns = scenario.triggers.patterns.map((source) => new RegExp(source, 'iu'));
    compiledPatterns.set(scenario, patterns);
  }
  return patterns;
}

function keywordsOf(scenario: Scenario): readonly string[] {
  let keywords = normalisedKeywords.get(scenario);
  if (keywords === undefined) {
    keywords = scenario.triggers.keywords.map(normaliseText);
    normalisedKeywords.set(scenario, keywords);
  }
  return keywords;
}
