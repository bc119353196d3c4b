import { LeasebackError } from '@leaseback/domain';
import type { FundScope, LeasebackStore, PrefixKind } from '@leaseback/store';
import { NotFoundError } from '../service-errors.js';

/** How many candidates an ambiguity names. */
const CANDIDATES_SHOWN = 5;

const SUBJECTS: Readonly<Record<PrefixKind, string>> = { run: 'run', scenario_set: 'scenario set', session: 'session' };

/** An id prefix that starts more than one stored id: the caller gives more characters. */
export class AmbiguousIdError extends LeasebackError {
  /** Some of the ids the prefix starts, in id order. */
  readonly candidates: readonly string[];

  constructor(subject: string, prefix: string, candidates: readonly string[]) {
    super(
      'ambiguous_id',
      `${subject} id "${prefix}" is ambiguous: it starts ${candidates.join(', ')}${candidates.length >= CANDIDATES_SHOWN ? ', …' : ''}; give more characters`,
    );
    this.name = 'AmbiguousIdError';
    this.candidates = candidates;
  }
}

/**
 * Finds a stored thing by its full id or, as git does with commits, by a unique
 * prefix of it: the exact id wins; otherwise one id starting with `id` is
 * used, none is `not_found` and several are `ambiguous_id`. The scope applies
 * to both, so a prefix never reveals another fund's ids.
 */
export async function findByIdOrPrefix<T>(
  store: LeasebackStore,
  kind: PrefixKind,
  id: string,
  scope: FundScope | undefined,
  read: (fullId: string) => Promise<T | null>,
): Promise<{ id: string; value: T }> {
  const exact = await read(id);
  if (exact !== null) return { id, value: exact };
  const candidates = await store.findIdsByPrefix(kind, id, scope, CANDIDATES_SHOWN);
  if (candidates.length > 1) throw new AmbiguousIdError(SUBJECTS[kind], id, candidates);
  const only = candidates[0];
  const value = only === undefined ? null : await read(only);
  if (only === undefined || value === null) throw new NotFoundError(SUBJECTS[kind], id);
  return { id: only, value };
}
