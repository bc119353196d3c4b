import type { z } from 'zod';
import type { ScenarioProblem } from './scenario-error.js';

/** Formats a zod issue path as `steps[3].transitions[0].to_step_id`, prefixed with `root` when given. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let formatted = root;
  for (const segment of path) {
    if (typeof segment === 'number') formatted += `[${segment}]`;
    else formatted += formatted === '' ? String(segment) : `.${String(segment)}`;
  }
  return formatted;
}

/**
 * Flattens zod issues into problems. Unknown keys become one problem per key
 * (`steps[0].can_skipp: unknown field`) and unions report their closest branch,
 * so every message points at a single field.
 */
export function problemsFromZodError(error: z.ZodError, root = ''): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const visit = (issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): void => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push({ path: formatPath([...path, key], root), message: 'unknown field' });
      } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
        // The branch with the fewest issues is the closest match to what was meant.
        const closest = [...issue.errors].sort((left, right) => left.length - right.length)[0] ?? [];
        if (closest.length > 0 && issue.errors.every((branch) => branch.length > 0)) visit(closest, path);
        else problems.push({ path: formatPath(path, root), message: issue.message });
      } else {
        problems.push({ path: formatPath(path, root), message: plainMessage(issue.message) });
      }
    }
  };
  visit(error.issues, []);
  return problems;
}

/** Rewords zod's type messages in plain English: `is required`, `must be a string, not an array`. */
function plainMessage(message: string): string {
  const match = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (match === null) return message;
  const [, expected, received] = match as unknown as [string, string, string];
  if (received === 'undefined') return 'is required';
  return `must be ${withArticle(expected)}, not ${withArticle(received)}`;
}

function withArticle(noun: string): string {
  if (noun === 'null' || noun === 'undefined') return noun;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
