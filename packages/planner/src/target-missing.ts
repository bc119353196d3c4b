import { InvalidInputError, type SelectorSpec } from '@leaseback/domain';
import { formatMoney, formatRatio } from '@leaseback/engine';
import type { LlmCallMetadata } from '@leaseback/llm';

/**
 * What was read from a brief that states no target, in a few words: the
 * floor, covenants and filters it did state, and the phrases not understood (often the
 * amount itself, written without a unit: "Raise 150").
 */
export function readSummary(spec: SelectorSpec, metadata: LlmCallMetadata): string {
  const defaulted = new Set(
    (metadata.notices ?? []).filter((notice) => notice.code === 'covenant_defaulted').map((notice) => notice.field),
  );
  const parts: string[] = [];
  // "Target: TBD. Floor: $60M" states a floor and no target: the floor is said, so the refusal does not read as if nothing was.
  if (spec.floor_amount !== undefined) parts.push(`floor ${formatMoney(spec.floor_amount)}`);
  if (!defaulted.has('hard_constraints.max_net_leverage'))
    parts.push(`net leverage at most ${formatRatio(spec.hard_constraints.max_net_leverage)}`);
  if (!defaulted.has('hard_constraints.min_fixed_charge_coverage'))
    parts.push(`coverage at least ${formatRatio(spec.hard_constraints.min_fixed_charge_coverage)}`);
  const filters = spec.asset_filters;
  if (filters.asset_types !== undefined) parts.push(`asset types ${filters.asset_types.join(', ')}`);
  if (filters.include_markets !== undefined) parts.push(`markets ${filters.include_markets.join(', ')}`);
  if (filters.exclude_markets !== undefined && filters.exclude_markets.length > 0)
    parts.push(`excluding ${filters.exclude_markets.join(', ')}`);
  const read = parts.length === 0 ? 'no amount, covenant or filter' : parts.join('; ');
  const unrecognized = (metadata.unrecognized ?? []).map((phrase) => `"${phrase}"`);
  return unrecognized.length === 0 ? `read: ${read}` : `read: ${read}; not understood: ${unrecognized.join(', ')}`;
}

/**
 * The error for a brief from which no amount can be read: bad input
 * (`target_missing`), naming what was read and how to say the amount. A plan
 * never runs on a guessed target; capacity does not need one.
 */
export function targetMissingError(brief: string, read: string): InvalidInputError {
  const quoted = brief.length > 80 ? `${brief.slice(0, 77)}...` : brief;
  return new InvalidInputError(
    [
      {
        path: 'request.program_description',
        message:
          `no target amount could be read from the brief "${quoted}" (${read}); ` +
          'say the amount with its unit ("raise $150M", "150 million") or pass a target (--target 150M, or target_override)',
      },
    ],
    { code: 'target_missing' },
  );
}
