import { capacityCoversTarget, type Asset } from '@leaseback/domain';
import type { CapacityReport } from '@leaseback/service';
import { describeSpec } from './describe-spec.js';
import { formatMoney } from './format-values.js';
import { renderNotices } from './render-notices.js';
import { renderTable } from './render-table.js';
import type { TextStyle } from './text-style.js';

/**
 * The most the portfolio can raise under the brief's covenants and filters:
 * the amount against the brief's target, whether it is proven optimal, the
 * spec it was computed for, and the assets that reach it.
 */
export function renderCapacity(report: CapacityReport, assets: ReadonlyMap<string, Asset>, style: TextStyle): string {
  const { capacity, spec } = report;
  // A target the brief did not state is not shown as part of the spec either.
  const description = describeSpec(spec);
  const notices = report.notices ?? [];
  const targetStated = !notices.some((notice) => notice.code === 'target_defaulted');
  const covers = capacityCoversTarget(capacity, spec.target_amount);
  const verdict = !targetStated
    ? 'no target stated'
    : covers
      ? style.green(`covers the ${formatMoney(spec.target_amount)} target`)
      : style.yellow(
          `short of the ${formatMoney(spec.target_amount)} target by ${formatMoney(spec.target_amount - capacity.max_proceeds)}`,
        );
  const shown = notices.filter((notice) => notice.code !== 'target_defaulted');
  const lines = [
    ...(shown.length > 0 ? [renderNotices(shown, style), ''] : []),
    `${style.bold('Capacity')}  at most ${style.bold(formatMoney(capacity.max_proceeds))} (${capacity.proven_optimal ? 'proven optimal' : 'best found, not proven optimal'}): ${verdict}`,
    '',
    `${style.bold('Spec')}\n  ${targetStated ? description.amounts : `no target stated, strategy ${spec.strategy}`}\n  Covenants: ${description.covenants}\n  Filters: ${description.filters}\n  Lease terms: ${description.terms}`,
    '',
    `${style.bold('Assets')} (${capacity.asset_ids.length})`,
  ];
  if (capacity.asset_ids.length === 0) lines.push('  none');
  else {
    const rows = capacity.asset_ids.map((assetId) => {
      const asset = assets.get(assetId);
      return [assetId, asset?.name ?? '', asset?.asset_type ?? '', asset?.market ?? ''];
    });
    lines.push(renderTable(style, [{ heading: 'Asset' }, { heading: 'Name' }, { heading: 'Type' }, { heading: 'Market' }], rows));
  }
  return `${lines.join('\n')}\n`;
}
