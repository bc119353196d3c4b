// Money in replies uses the one display notation of the domain, so a session's reply,
// the CLI's tables and the engine's explanations always agree.
export { formatMoney } from '@leaseback/domain';

/**
 * A covenant multiple as said in conversation, `3.5x`, `2x` (at most two decimals):
 * replies echo the figure the user stated rather than a table's fixed width.
 */
export function formatMultiple(value: number | null): string {
  return value === null ? 'n/a' : `${Number(value.toFixed(2))}x`;
}
