/**
 * Answers that already exist as JSON text. Why: a use case that serialises the
 * bulk of its answer anyway (a run's response, for the store) would otherwise
 * have it serialised a second time by the API; the API sends the registered
 * text instead. Held weakly, so an answer nobody keeps is not kept here either.
 */
const answerTexts = new WeakMap<object, string>();

/**
 * Registers `text` as `answer`'s JSON: exactly `JSON.stringify(answer)`. The
 * answer must not be changed afterwards (the text would no longer match it).
 */
export function withJsonText<T extends object>(answer: T, text: string): T {
  answerTexts.set(answer, text);
  return answer;
}

/** The JSON text registered for a use case's answer, or `undefined` when it has none (serialise it as usual). */
export function jsonTextOf(answer: unknown): string | undefined {
  return typeof answer === 'object' && answer !== null ? answerTexts.get(answer) : undefined;
}
