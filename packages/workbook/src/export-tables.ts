import {
  COVENANTS,
  covenantComparator,
  formatCovenantValue,
  type Asset,
  type ConstraintName,
  type ProgramResponse,
  type RunRecord,
  type ScenarioComparisonRow,
  type ScenarioSetResult,
} from '@leaseback/domain';

/** How a column's numbers are shown: the cell format in a workbook, the text in a memo. */
export type ColumnKind = 'text' | 'money' | 'ratio' | 'rate' | 'score' | 'count' | 'boolean' | 'timestamp';

/** One column of an exported table. */
export interface ExportColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

/** A cell: numbers stay numbers so that a spreadsheet can add them up. */
export type ExportCell = string | number | boolean | null;

/** One table of an export: a sheet of a workbook, a table of a memo, a CSV file. */
export interface ExportTable {
  /** The sheet name (at most 31 characters, as Excel requires) and the memo heading. */
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
}

/** A notice on a response, however the response words it. */
export interface ExportNotice {
  readonly code: string | null;
  readonly message: string;
}

/** One label/value fact of a summary, with how its value is shown. */
export interface ExportFact {
  readonly label: string;
  readonly value: ExportCell;
  readonly kind: ColumnKind;
}

/** Everything an export of one run holds, before it is given a format. */
export interface RunExportModel {
  readonly title: string;
  /** The plain-English summary paragraph, or why the run failed. */
  readonly summary: string;
  /** Label/value facts: the ask and the answer. */
  readonly facts: readonly ExportFact[];
  readonly notices: readonly ExportNotice[];
  readonly selected: ExportTable;
  readonly covenants: ExportTable;
  readonly excluded: ExportTable;
  /** Present once outcomes carry an `economics` block. */
  readonly economics: ExportTable | null;
  readonly audit: ExportTable;
}

export function covenantLabel(name: ConstraintName): { label: string; comparison: string } {
  // The domain's covenant table is the one home for titles and directions.
  return { label: COVENANTS[name].title, comparison: covenantComparator(name) };
}

/**
 * The notices of a response. Responses gain a `notices` list (assumptions made,
 * figures clamped, phrases not understood); it is read optionally so that runs
 * stored before it existed still export, and each notice may be text or an
 * object with a `message` (and maybe a `code`).
 */
export function readNotices(response: ProgramResponse | null): ExportNotice[] {
  const notices = (response as { notices?: unknown } | null)?.notices;
  if (!Array.isArray(notices)) return [];
  return notices.flatMap((notice): ExportNotice[] => {
    if (typeof notice === 'string') return [{ code: null, message: notice }];
    if (typeof notice === 'object' && notice !== null) {
      const record = notice as Record<string, unknown>;
      const message =
        typeof record['message'] === 'string'
          ? record['message']
          : typeof record['text'] === 'string'
            ? record['text']
            : JSON.stringify(notice);
      return [{ code: typeof record['code'] === 'string' ? record['code'] : null, message }];
    }
    return [];
  });
}

/**
 * The outcome's `economics` block as label/value rows, read optionally (runs
 * stored before it existed have none). Nested objects are flattened into
 * dotted labels; numbers stay numbers, money guessed from the name.
 */
export function readEconomics(response: ProgramResponse | null): ExportTable | null {
  const economics = (response?.outcome as { economics?: unknown } | undefined)?.economics;
  if (typeof economics !== 'object' || economics === null) return null;
  const rows: ExportCell[][] = [];
  const visit = (value: unknown, label: string): void => {
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null)
      rows.push([label, value, unitOf(label, value)]);
    else if (Array.isArray(value)) for (const [index, item] of value.entries()) visit(item, `${label}[${index}]`);
    else if (typeof value === 'object')
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) visit(inner, label === '' ? key : `${label}.${key}`);
  };
  visit(economics, '');
  return {
    title: 'Economics',
    columns: [
      { header: 'Item', kind: 'text' },
      { header: 'Value', kind: 'text' },
      { header: 'Unit', kind: 'text' },
    ],
    rows,
  };
}

function unitOf(label: string, value: unknown): string {
  if (typeof value !== 'number') return '';
  if (/rate|share|yield|percent|margin/.test(label)) return 'share of 1';
  if (/years?|term/.test(label)) return 'years';
  if (/multiple|leverage|coverage|ratio/.test(label)) return 'x';
  return 'USD';
}

/** The cash each selected asset adds, from the engine's explanation facts. */
function cashByAsset(response: ProgramResponse): Map<string, number> {
  const cash = new Map<string, number>();
  for (const node of response.outcome.explanation_nodes) {
    const value = node.values['cash'];
    if (node.kind === 'asset_selected' && node.asset_id !== null && typeof value === 'number') cash.set(node.asset_id, value);
  }
  return cash;
}

/** The export model of one run: the tables every format draws from. */
export function buildRunExport(run: RunRecord): RunExportModel {
  const response = run.response;
  const outcome = response?.outcome ?? null;
  const assets = new Map<string, Asset>((run.request?.assets ?? []).map((asset) => [asset.asset_id, asset]));
  const facts: [string, ExportCell, ColumnKind][] = [
    ['Run', run.run_id, 'text'],
    ['Created', run.created_at, 'timestamp'],
    ['Brief', run.program_description, 'text'],
    ['Status', run.status, 'text'],
  ];
  if (run.fund_id) facts.push(['Fund', run.fund_id, 'text']);
  if (run.scenario_label) facts.push(['Scenario', `${run.scenario_label} (${run.scenario_kind ?? 'custom'})`, 'text']);
  if (outcome) {
    facts.push(
      ['Outcome', outcome.status, 'text'],
      ['Strategy', outcome.strategy, 'text'],
      ['Target', outcome.target_amount, 'money'],
      ['Proceeds', outcome.proceeds, 'money'],
      ['Shortfall', outcome.shortfall, 'money'],
      ['Assets sold', outcome.selected_asset_ids.length, 'count'],
    );
    if (outcome.capacity) facts.push(['Most the portfolio can raise', outcome.capacity.max_proceeds, 'money']);
  }
  if (run.status === 'failed') facts.push(['Error', `${run.error_code ?? 'error'}: ${run.error ?? 'the run failed'}`, 'text']);

  const cash = response ? cashByAsset(response) : new Map<string, number>();
  const selected: ExportCell[][] = (outcome?.selected_asset_ids ?? []).map((id) => {
    const asset = assets.get(id);
    return [
      id,
      asset?.name ?? null,
      asset?.asset_type ?? null,
      asset?.market ?? null,
      asset?.market_rent ?? null,
      asset?.cap_rate ?? null,
      asset?.book_value ?? null,
      asset?.mortgage_balance ?? null,
      cash.get(id) ?? null,
      asset?.criticality ?? null,
      asset?.leaseability ?? null,
    ];
  });
  const covenants: ExportCell[][] = (outcome?.constraint_checks ?? []).map((check) => [
    covenantLabel(check.name).label,
    check.before,
    check.after,
    `${covenantLabel(check.name).comparison} ${formatCovenantValue(check.name, check.limit)}`,
    check.limit,
    check.passed ? 'pass' : 'fail',
    check.binding,
    check.note,
  ]);
  const excluded: ExportCell[][] = (outcome?.excluded_assets ?? []).map((item) => [
    item.asset_id,
    assets.get(item.asset_id)?.name ?? null,
    item.reason,
    item.detail,
  ]);
  const trace = response?.audit_trace ?? run.audit_trace;
  const audit: ExportCell[][] = (trace?.entries ?? []).map((entry) => [
    entry.iteration,
    entry.step,
    entry.timestamp,
    entry.outcome?.status ?? null,
    entry.outcome?.proceeds ?? null,
    entry.outcome?.target_amount ?? null,
    entry.message ?? entry.error?.message ?? null,
    entry.llm_call ? `${entry.llm_call.provider} ${entry.llm_call.model}` : null,
  ]);

  return {
    title: run.scenario_label ? `Run ${run.run_id} (${run.scenario_label})` : `Run ${run.run_id}`,
    summary: response?.explanation.summary ?? `The run failed: ${run.error ?? 'no reason recorded'}.`,
    facts: facts.map(([label, value, kind]) => ({ label, value, kind })),
    notices: readNotices(response),
    selected: {
      title: 'Selected assets',
      columns: [
        { header: 'Asset ID', kind: 'text' },
        { header: 'Name', kind: 'text' },
        { header: 'Asset type', kind: 'text' },
        { header: 'Market', kind: 'text' },
        { header: 'Annual rent', kind: 'money' },
        { header: 'Cap rate', kind: 'rate' },
        { header: 'Book value', kind: 'money' },
        { header: 'Mortgage balance', kind: 'money' },
        { header: 'Cash proceeds', kind: 'money' },
        { header: 'Criticality', kind: 'score' },
        { header: 'Leaseability', kind: 'score' },
      ],
      rows: selected,
    },
    covenants: {
      title: 'Covenants',
      columns: [
        { header: 'Covenant', kind: 'text' },
        { header: 'Before', kind: 'ratio' },
        { header: 'After', kind: 'ratio' },
        { header: 'Limit', kind: 'text' },
        { header: 'Limit value', kind: 'ratio' },
        { header: 'Result', kind: 'text' },
        { header: 'Binding', kind: 'boolean' },
        { header: 'Note', kind: 'text' },
      ],
      rows: covenants,
    },
    excluded: {
      title: 'Excluded assets',
      columns: [
        { header: 'Asset ID', kind: 'text' },
        { header: 'Name', kind: 'text' },
        { header: 'Reason', kind: 'text' },
        { header: 'Detail', kind: 'text' },
      ],
      rows: excluded,
    },
    economics: readEconomics(response),
    audit: {
      title: 'Audit trail',
      columns: [
        { header: 'Iteration', kind: 'count' },
        { header: 'Step', kind: 'text' },
        { header: 'Timestamp', kind: 'timestamp' },
        { header: 'Outcome', kind: 'text' },
        { header: 'Proceeds', kind: 'money' },
        { header: 'Target', kind: 'money' },
        { header: 'Message', kind: 'text' },
        { header: 'Model', kind: 'text' },
      ],
      rows: audit,
    },
  };
}

/** A scenario set as an export holds it: the set's comparison and each run's model. */
export interface ScenarioSetExportModel {
  readonly title: string;
  readonly brief: string;
  readonly comparison: ExportTable;
  readonly runs: readonly RunExportModel[];
  readonly records: readonly RunRecord[];
}

/** The export model of a scenario set with its comparison rows. */
export function buildScenarioSetExport(
  set: ScenarioSetResult & { readonly comparison: readonly ScenarioComparisonRow[] },
): ScenarioSetExportModel {
  return {
    title: `Scenario set ${set.scenario_set.id}`,
    brief: set.scenario_set.brief,
    comparison: {
      title: 'Comparison',
      columns: [
        { header: 'Scenario', kind: 'text' },
        { header: 'Kind', kind: 'text' },
        { header: 'Run', kind: 'text' },
        { header: 'Run status', kind: 'text' },
        { header: 'Outcome', kind: 'text' },
        { header: 'Target', kind: 'money' },
        { header: 'Proceeds', kind: 'money' },
        { header: 'Shortfall', kind: 'money' },
        { header: 'Net leverage after', kind: 'ratio' },
        { header: 'Coverage after', kind: 'ratio' },
        { header: 'Assets sold', kind: 'count' },
        { header: 'Error', kind: 'text' },
      ],
      rows: set.comparison.map((row) => [
        row.label,
        row.kind,
        row.run_id,
        row.run_status,
        row.outcome_status,
        row.target_amount,
        row.proceeds,
        row.shortfall,
        row.net_leverage_after,
        row.fixed_charge_coverage_after,
        row.assets_sold,
        row.error,
      ]),
    },
    runs: set.runs.map((run) => buildRunExport(run)),
    records: set.runs,
  };
}
