import { formatPath, type InputProblem } from './validation.js';

// U+0000, and a UTF-16 surrogate without its partner (a high one not followed by a
// low one, or a low one not preceded by a high one).
const NUL = /\u0000/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Any NUL or surrogate at all: a string without one is storable, and almost every string is such.
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
/**
 * How deep the quick scan recurses before it leaves the value to the iterative
 * walk, far below any stack limit.
 */
const QUICK_SCAN_MAX_DEPTH = 100;

/** The most problems reported for one input: a hostile body could otherwise make the answer as large as itself. */
const MAX_REPORTED = 20;

/**
 * Why `text` cannot be stored, or `undefined` when it can. PostgreSQL's `text`
 * and `jsonb` refuse U+0000, and `jsonb` refuses a lone surrogate escape
 * (`\ud800`), which `text` would silently turn into U+FFFD: either way the
 * string would fail or change only after all the planning work was done, so
 * it is refused where it enters.
 */
export function unstorableTextReason(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  if (NUL.test(text)) return 'must not contain a NUL character (\\u0000)';
  if (UNPAIRED_SURROGATE.test(text)) return 'must not contain an unpaired UTF-16 surrogate (invalid Unicode)';
  return undefined;
}

/**
 * Every string in a JSON-like value (object keys included) that cannot be
 * stored, with its path (`request.assets[3].name`), at most 20. Walks
 * iteratively so a deeply nested body cannot exhaust the stack.
 */
export function findUnstorableText(value: unknown, root = ''): InputProblem[] {
  // Why the quick scan first: the walk below keeps a record per value and an
  // entries array per object, which for a 34-asset request was about a tenth of
  // a write's allocation. The scan allocates nothing and clears almost every
  // body; anything it does not clear (a suspect string, deep nesting) is walked.
  if (holdsOnlyStorableText(value, 0)) return [];
  const problems: InputProblem[] = [];
  // Paths are kept as parent links and spelled out only for a problem, so the walk stays linear in the input's size.
  const pending: Visit[] = [{ value, parent: undefined, segment: undefined }];
  while (pending.length > 0 && problems.length < MAX_REPORTED) {
    const visit = pending.pop() as Visit;
    const current = visit.value;
    if (typeof current === 'string') {
      const reason = unstorableTextReason(current);
      if (reason !== undefined) problems.push({ path: formatPath(pathOf(visit), root), message: reason });
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) pending.push({ value: current[index], parent: visit, segment: index });
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (let index = entries.length - 1; index >= 0; index -= 1) {
        const [key, entry] = entries[index] as [string, unknown];
        const keyReason = unstorableTextReason(key);
        // The key itself is unprintable, so the path names its parent and the message says it is a key.
        if (keyReason !== undefined) problems.push({ path: formatPath(pathOf(visit), root), message: `a field name ${keyReason}` });
        else pending.push({ value: entry, parent: visit, segment: key });
      }
    }
  }
  return problems.slice(0, MAX_REPORTED);
}

/** True when no string in `value` (keys included) holds a NUL or a surrogate, within the quick scan's depth. */
function holdsOnlyStorableText(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return !SUSPECT.test(value);
  if (typeof value !== 'object' || value === null) return true;
  if (depth >= QUICK_SCAN_MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) if (!holdsOnlyStorableText(value[index], depth + 1)) return false;
    return true;
  }
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (SUSPECT.test(key) || !holdsOnlyStorableText(fields[key], depth + 1)) return false;
  }
  return true;
}

interface Visit {
  readonly value: unknown;
  readonly parent: Visit | undefined;
  readonly segment: string | number | undefined;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let current: Visit | undefined = visit; current?.segment !== undefined; current = current.parent) path.push(current.segment);
  return path.reverse();
}
