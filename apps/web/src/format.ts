import type { ConstraintName } from '@leaseback/domain';
// The one money and multiple notation, shared with the service's replies and the CLI.
export { formatMoney, formatMultiple } from '@leaseback/service/format-figures';

/** How each covenant reads on screen, and which side of its limit passes. */
export const COVENANTS: Readonly<
  Record<ConstraintName, { label: string; direction: 'max' | 'min'; unit: 'multiple' | 'share' | 'money' }>
> = {
  max_net_leverage: { label: 'Net leverage', direction: 'max', unit: 'multiple' },
  min_fixed_charge_coverage: { label: 'Fixed-charge coverage', direction: 'min', unit: 'multiple' },
  max_lease_adjusted_leverage: { label: 'Lease-adjusted leverage', direction: 'max', unit: 'multiple' },
  max_market_share: { label: 'Largest market share', direction: 'max', unit: 'share' },
  max_rent_added: { label: 'New rent a year', direction: 'max', unit: 'money' },
};

/** `42%` for 0.42; `n/a` for null. */
export function formatShare(value: number | null): string {
  return value === null ? 'n/a' : `${Math.round(value * 1000) / 10}%`;
}

/** A timestamp as local date and time, to the second. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** `snake_case` words as plain text: `distribution_center` → `distribution center`. */
export function words(value: string): string {
  return value.replaceAll('_', ' ');
}
