import type { JobKind } from '@leaseback/domain';
import answers from './openapi-answer-examples.json' with { type: 'json' };

/**
 * The answer examples of the OpenAPI document: what the API really answers for the
 * example portfolio (examples/portfolio.json and its first brief) with the offline
 * language model, ids and timestamps fixed. openapi-answer-examples.test.ts makes
 * every call, compares with the stored JSON (`vitest -u` rewrites it) and checks each
 * answer against its response schema, so an example cannot drift from the API.
 */
export interface AnswerExamples {
  /** The success answer of each operation, by operation id and media type. */
  readonly success: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** The 202 answer (a queued job) by job kind. */
  readonly queued: Readonly<Partial<Record<JobKind, unknown>>>;
}

/** The stored answer examples. */
export const ANSWER_EXAMPLES: AnswerExamples = answers as AnswerExamples;
