import * as Plot from '@observablehq/plot';
import type { ConstraintCheck, ProgramOutcome, ScenarioComparisonRow } from '@leaseback/domain';
import { COVENANTS, formatMoney, formatMultiple, formatShare } from '../format.js';
import { PlotFigure } from './plot-figure.js';

const BEFORE = '#8a94a6';
const AFTER = '#1f5fbf';
const LIMIT = '#c0392b';
/** Tick and label text large enough to read on screen and on paper. */
const STYLE = { fontSize: '12px' };

function covenantValue(check: ConstraintCheck, value: number): string {
  const unit = COVENANTS[check.name].unit;
  if (unit === 'money') return formatMoney(value);
  return unit === 'share' ? formatShare(value) : formatMultiple(value);
}

/** One covenant before and after the program, its limit drawn as a red line. */
function CovenantChart({ check }: { check: ConstraintCheck }) {
  const meta = COVENANTS[check.name];
  const rows = [
    { phase: 'Before', value: check.before },
    { phase: 'After', value: check.after },
  ].filter((row): row is { phase: string; value: number } => row.value !== null);
  const top = Math.max(check.limit, ...rows.map((row) => row.value)) * 1.2 || 1;
  const caption = `${meta.label}: ${rows.map((row) => `${row.phase.toLowerCase()} ${covenantValue(check, row.value)}`).join(', ')}; limit ${meta.direction === 'max' ? 'at most' : 'at least'} ${covenantValue(check, check.limit)}${check.passed ? '' : ' (breached)'}${check.binding ? ' (binding)' : ''}`;
  return (
    <div class="covenant">
      <h4>
        {meta.label} <span class={check.passed ? 'pill ok' : 'pill bad'}>{check.passed ? 'within limit' : 'breached'}</span>
        {check.binding ? <span class="pill warn">binding</span> : null}
      </h4>
      <PlotFigure
        caption={caption}
        deps={[check]}
        render={(width) =>
          Plot.plot({
            width: Math.min(width, 440),
            height: 130,
            style: STYLE,
            marginLeft: 60,
            x: { domain: [0, top], label: null, tickFormat: (value: number) => covenantValue(check, value) },
            y: { label: null, domain: ['Before', 'After'] },
            marks: [
              Plot.barX(rows, { x: 'value', y: 'phase', fill: (row: { phase: string }) => (row.phase === 'Before' ? BEFORE : AFTER) }),
              Plot.text(rows, {
                x: 'value',
                y: 'phase',
                text: (row: { value: number }) => covenantValue(check, row.value),
                dx: 4,
                textAnchor: 'start',
              }),
              Plot.ruleX([check.limit], { stroke: LIMIT, strokeWidth: 2, strokeDasharray: '4,3' }),
              Plot.text([check.limit], {
                x: (value: number) => value,
                frameAnchor: 'top',
                text: () => `limit ${covenantValue(check, check.limit)}`,
                fill: LIMIT,
                dy: -2,
                lineAnchor: 'bottom',
              }),
            ],
            marginTop: 18,
          })
        }
      />
      {check.note ? <p class="note">{check.note}</p> : null}
    </div>
  );
}

/** Every covenant of an outcome, before and after, with its limit. */
export function CovenantCharts({ outcome }: { outcome: ProgramOutcome }) {
  if (outcome.constraint_checks.length === 0) return <p>No covenants were checked.</p>;
  return (
    <div class="covenants">
      {outcome.constraint_checks.map((check) => (
        <CovenantChart key={check.name} check={check} />
      ))}
    </div>
  );
}

/** Proceeds against the target (and the floor when there is one). */
export function ProceedsChart({ outcome, floor }: { outcome: ProgramOutcome; floor: number | null }) {
  const top = Math.max(outcome.proceeds, outcome.target_amount, floor ?? 0) * 1.15 || 1;
  const caption = `Proceeds ${formatMoney(outcome.proceeds)} against a target of ${formatMoney(outcome.target_amount)}${floor === null ? '' : ` (floor ${formatMoney(floor)})`}${outcome.shortfall > 0 ? `: short by ${formatMoney(outcome.shortfall)}` : ''}`;
  const marks = [
    Plot.barX([{ label: 'Proceeds', value: outcome.proceeds }], {
      x: 'value',
      y: 'label',
      fill: outcome.shortfall > 0 ? '#d68910' : AFTER,
    }),
    Plot.text([{ label: 'Proceeds', value: outcome.proceeds }], {
      x: 'value',
      y: 'label',
      text: (row: { value: number }) => formatMoney(row.value),
      dx: 4,
      textAnchor: 'start',
    }),
    Plot.ruleX([outcome.target_amount], { stroke: '#111', strokeWidth: 2 }),
    Plot.text([outcome.target_amount], {
      x: (value: number) => value,
      frameAnchor: 'top',
      text: () => `target ${formatMoney(outcome.target_amount)}`,
      dy: -2,
      lineAnchor: 'bottom',
    }),
  ];
  if (floor !== null) marks.push(Plot.ruleX([floor], { stroke: '#888', strokeDasharray: '3,3' }));
  return (
    <PlotFigure
      caption={caption}
      deps={[outcome, floor]}
      render={(width) =>
        Plot.plot({
          width: Math.min(width, 760),
          height: 100,
          style: STYLE,
          marginLeft: 70,
          marginTop: 18,
          x: { domain: [0, top], label: null, tickFormat: (value: number) => formatMoney(value) },
          y: { label: null },
          marks,
        })
      }
    />
  );
}

/** One figure per scenario of a set: proceeds (with targets), net leverage or coverage after. */
export function ScenarioChart({
  rows,
  measure,
}: {
  rows: readonly ScenarioComparisonRow[];
  measure: 'proceeds' | 'net_leverage_after' | 'fixed_charge_coverage_after';
}) {
  const data = rows
    .filter((row) => row[measure] !== null)
    .map((row) => ({ label: row.label, value: row[measure] as number, target: row.target_amount }));
  const titles = {
    proceeds: 'Proceeds',
    net_leverage_after: 'Net leverage after',
    fixed_charge_coverage_after: 'Fixed-charge coverage after',
  } as const;
  const format = measure === 'proceeds' ? formatMoney : formatMultiple;
  const caption = `${titles[measure]} by scenario: ${data.map((row) => `${row.label} ${format(row.value)}`).join(', ') || 'no values'}`;
  const marks = [
    Plot.barY(data, { x: 'label', y: 'value', fill: AFTER }),
    Plot.text(data, { x: 'label', y: 'value', text: (row: { value: number }) => format(row.value), dy: -8 }),
    Plot.ruleY([0]),
  ];
  if (measure === 'proceeds')
    marks.push(
      Plot.tickY(
        data.filter((row) => row.target !== null),
        { x: 'label', y: 'target', stroke: '#111', strokeWidth: 2 },
      ),
    );
  return (
    <div class="scenario-chart">
      <h4>{titles[measure]}</h4>
      <PlotFigure
        caption={caption + (measure === 'proceeds' ? ' (black ticks: targets)' : '')}
        deps={[rows, measure]}
        render={(width) =>
          Plot.plot({
            width: Math.min(width, 440),
            height: 240,
            style: STYLE,
            marginTop: 20,
            marginLeft: 64,
            x: { label: null, domain: data.map((row) => row.label) },
            y: { label: null, tickFormat: (value: number) => format(value), grid: true },
            marks,
          })
        }
      />
    </div>
  );
}
