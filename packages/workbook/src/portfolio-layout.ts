import type { Asset, CorporateState } from '@leaseback/domain';

/**
 * How a cell's text is read:
 * - `text`: trimmed text (a number is read as its digits, so `1001` is a valid asset id);
 * - `asset_type`: one of the domain's asset types, as a treasurer may write it ("Distribution center", "DC");
 * - `money`: USD, with `$`, `,`, `(…)` for negatives and `k`, `M`/`mm`, `B`/`bn` suffixes;
 * - `rate`: a share of 1; `6.5%`, or a plain number under a header marked `%` (6.5 means 6.5%);
 * - `score`: 0..1 (`0.7` or `70%`);
 * - `multiple`: a plain number, optionally with an `x` (`8x`).
 */
export type CellKind = 'text' | 'asset_type' | 'money' | 'rate' | 'score' | 'multiple' | 'years';

/** One column of the Assets sheet or one row of the Company sheet. */
export interface LayoutField<Field extends string> {
  /** The domain field it fills. */
  readonly field: Field;
  /** The label the template writes (and the first name the reader accepts). */
  readonly label: string;
  /** Other names a treasurer might write, compared after normalising (see `normalizeLabel`). */
  readonly aliases: readonly string[];
  readonly kind: CellKind;
  readonly required: boolean;
  /** The note the template attaches to the header: units, range, meaning. */
  readonly note: string;
  /** Excel number format for the template and exports. */
  readonly numberFormat?: string;
}

/** The sheet holding one row per asset. */
export const ASSETS_SHEET = 'Assets';
/** The sheet holding the corporate state as label/value rows. */
export const COMPANY_SHEET = 'Company';

/** Money cells: whole dollars with thousands separators. */
export const MONEY_FORMAT = '"$"#,##0';
/** Rates stored as shares of 1, shown as percentages. */
export const RATE_FORMAT = '0.00%';
/** Scores 0..1. */
export const SCORE_FORMAT = '0.00';
/** Ratios such as net leverage. */
export const MULTIPLE_FORMAT = '0.00"x"';
export const YEARS_FORMAT = '0';

/** The Assets sheet's columns, in template order (A, B, C, …). */
export const ASSET_COLUMNS: readonly LayoutField<keyof Asset>[] = [
  {
    field: 'asset_id',
    label: 'Asset ID',
    aliases: ['id', 'asset', 'site id', 'property id', 'asset_id'],
    kind: 'text',
    required: true,
    note: 'A unique id for the site, e.g. DAL-03.',
  },
  {
    field: 'name',
    label: 'Name',
    aliases: ['asset name', 'site', 'site name', 'property', 'property name'],
    kind: 'text',
    required: true,
    note: 'The name of the site.',
  },
  {
    field: 'asset_type',
    label: 'Asset type',
    aliases: ['type', 'property type', 'asset_type'],
    kind: 'asset_type',
    required: true,
    note: 'One of: distribution center, warehouse, manufacturing, office, retail, data center, lab, other.',
  },
  {
    field: 'market',
    label: 'Market',
    aliases: ['city', 'msa', 'metro', 'location'],
    kind: 'text',
    required: true,
    note: 'The market (metro area), e.g. Dallas.',
  },
  {
    field: 'market_rent',
    label: 'Annual rent',
    aliases: ['market rent', 'rent', 'annual market rent', 'noi', 'market_rent', 'annual rent usd'],
    kind: 'money',
    required: true,
    note: 'Annual triple-net rent after the leaseback, in USD ($2.4M, 2,400,000 or 2.4mm).',
    numberFormat: MONEY_FORMAT,
  },
  {
    field: 'cap_rate',
    label: 'Cap rate %',
    aliases: ['cap rate', 'cap', 'capitalization rate', 'cap_rate'],
    kind: 'rate',
    required: true,
    note: "The buyer's capitalization rate, > 0% and < 100% (6.5%).",
    numberFormat: RATE_FORMAT,
  },
  {
    field: 'book_value',
    label: 'Book value',
    aliases: ['net book value', 'nbv', 'book', 'book_value', 'carrying value'],
    kind: 'money',
    required: true,
    note: 'Net book value in USD, >= 0.',
    numberFormat: MONEY_FORMAT,
  },
  {
    field: 'criticality',
    label: 'Criticality (0-1)',
    aliases: ['criticality', 'criticality score', 'mission criticality'],
    kind: 'score',
    required: true,
    note: 'How essential the site is to operations, 0 to 1 (1 = cannot operate without it).',
    numberFormat: SCORE_FORMAT,
  },
  {
    field: 'leaseability',
    label: 'Leaseability (0-1)',
    aliases: ['leaseability', 'leaseability score', 'relettability', 're lettability'],
    kind: 'score',
    required: true,
    note: 'How easily an investor could re-let the site, 0 to 1 (1 = a generic box).',
    numberFormat: SCORE_FORMAT,
  },
  {
    field: 'mortgage_balance',
    label: 'Mortgage balance',
    aliases: ['mortgage', 'secured debt', 'mortgage_balance', 'debt'],
    kind: 'money',
    required: false,
    note: 'Optional. Debt secured on the site, repaid at sale, in USD (blank = none).',
    numberFormat: MONEY_FORMAT,
  },
  {
    field: 'transaction_cost_rate',
    label: 'Transaction cost %',
    aliases: ['transaction cost rate', 'transaction cost', 'transaction costs', 'selling cost', 'transaction_cost_rate'],
    kind: 'rate',
    required: false,
    note: "Optional. This site's cost of selling as a share of its price, >= 0% and < 100% (blank = the Company sheet's rate).",
    numberFormat: RATE_FORMAT,
  },
  {
    field: 'lease_term_years',
    label: 'Lease term (years)',
    aliases: ['lease term', 'term', 'lease years', 'lease_term_years', 'term years'],
    kind: 'years',
    required: false,
    note: 'Optional. Years of the leaseback, a whole number from 1 to 50 (blank = the Company sheet default, 15).',
    numberFormat: YEARS_FORMAT,
  },
  {
    field: 'rent_escalator',
    label: 'Rent escalator %',
    aliases: ['escalator', 'rent escalation', 'annual bump', 'rent_escalator', 'rent bumps'],
    kind: 'rate',
    required: false,
    note: 'Optional. Yearly rent increase, >= 0% and < 25% (blank = the Company sheet default, 2%).',
    numberFormat: RATE_FORMAT,
  },
];

/** A field of the Company sheet: the corporate state plus the company's name and description. */
export type CompanyField = keyof CorporateState | 'company' | 'description';

/** The Company sheet's rows, in template order from row 2 (row 1 is the header). */
export const COMPANY_ROWS: readonly LayoutField<CompanyField>[] = [
  {
    field: 'company',
    label: 'Company',
    aliases: ['company name', 'name', 'borrower'],
    kind: 'text',
    required: false,
    note: 'Optional. The company name.',
  },
  {
    field: 'ebitda',
    label: 'EBITDA',
    aliases: ['ltm ebitda', 'ebitda ltm', 'adjusted ebitda'],
    kind: 'money',
    required: true,
    note: 'Last-twelve-months EBITDA in USD, > 0.',
    numberFormat: MONEY_FORMAT,
  },
  {
    field: 'net_debt',
    label: 'Net debt',
    aliases: ['net_debt', 'net debt usd'],
    kind: 'money',
    required: true,
    note: 'Debt minus cash in USD; may be negative.',
    numberFormat: MONEY_FORMAT,
  },
  {
    field: 'interest_expense',
    label: 'Interest expense',
    aliases: ['interest', 'interest_expense', 'ltm interest expense'],
    kind: 'money',
    required: true,
    note: 'Last-twelve-months interest expense in USD, >= 0.',
    numberFormat: MONEY_FORMAT,
  },
  {
    field: 'rent_expense',
    label: 'Rent expense',
    aliases: ['rent', 'rent_expense', 'existing rent', 'ltm rent expense'],
    kind: 'money',
    required: true,
    note: 'Annual rent already paid on leased sites in USD, >= 0.',
    numberFormat: MONEY_FORMAT,
  },
  {
    field: 'cost_of_debt',
    label: 'Cost of debt %',
    aliases: ['cost of debt', 'cost_of_debt', 'interest rate'],
    kind: 'rate',
    required: false,
    note: 'Optional. The rate saved on debt repaid, 0% to 100% (blank = interest expense / net debt).',
    numberFormat: RATE_FORMAT,
  },
  {
    field: 'debt_paydown_share',
    label: 'Debt paydown share %',
    aliases: ['debt paydown share', 'debt_paydown_share', 'debt paydown', 'paydown share'],
    kind: 'rate',
    required: false,
    note: 'Optional. The share of cash proceeds used to repay debt, 0% to 100% (blank = 100%).',
    numberFormat: RATE_FORMAT,
  },
  {
    field: 'transaction_cost_rate',
    label: 'Transaction cost rate %',
    aliases: ['transaction cost rate', 'transaction cost', 'transaction costs', 'transaction_cost_rate'],
    kind: 'rate',
    required: false,
    note: 'Optional. The default cost of selling a site as a share of its price, >= 0% and < 100% (blank = 2%).',
    numberFormat: RATE_FORMAT,
  },
  {
    field: 'lease_adjustment_multiple',
    label: 'Lease adjustment multiple',
    aliases: ['lease adjustment', 'lease_adjustment_multiple', 'rent multiple'],
    kind: 'multiple',
    required: false,
    note: 'Optional. Rent is capitalised at this multiple in lease-adjusted leverage (blank = 8x).',
    numberFormat: '0.0"x"',
  },
  {
    field: 'description',
    label: 'Description',
    aliases: ['notes about the company', 'about'],
    kind: 'text',
    required: false,
    note: 'Optional. A line about the company.',
  },
  {
    field: 'default_lease_term_years',
    label: 'Default lease term (years)',
    aliases: ['default lease term', 'lease term', 'default_lease_term_years'],
    kind: 'years',
    required: false,
    note: 'Optional. Lease term for sites that state none, 1 to 50 years (blank = 15).',
    numberFormat: YEARS_FORMAT,
  },
  {
    field: 'default_rent_escalator',
    label: 'Default rent escalator %',
    aliases: ['default escalator', 'rent escalator', 'default_rent_escalator'],
    kind: 'rate',
    required: false,
    note: 'Optional. Yearly rent increase for sites that state none, >= 0% and < 25% (blank = 2%).',
    numberFormat: RATE_FORMAT,
  },
  {
    field: 'incremental_borrowing_rate',
    label: 'Incremental borrowing rate %',
    aliases: ['ibr', 'incremental borrowing rate', 'incremental_borrowing_rate'],
    kind: 'rate',
    required: false,
    note: 'Optional. Discounts the new leases (blank = the cost of debt).',
    numberFormat: RATE_FORMAT,
  },
  {
    field: 'tax_rate',
    label: 'Tax rate %',
    aliases: ['tax', 'tax rate', 'tax_rate'],
    kind: 'rate',
    required: false,
    note: 'Optional. Tax on a gain on sale, 0% to 100% (blank = 0%).',
    numberFormat: RATE_FORMAT,
  },
  {
    field: 'accounting_basis',
    label: 'Accounting basis',
    aliases: ['basis', 'accounting_basis', 'reporting basis'],
    kind: 'text',
    required: false,
    note: 'Optional. us_gaap or ifrs16: the basis the covenants are tested on (blank = us_gaap).',
  },
];

/** Columns any sheet may carry for people that the reader ignores. */
export const IGNORED_LABELS: readonly string[] = ['notes', 'note', 'comments', 'comment'];

/** A header or label as written, reduced for comparison, and whether it is marked as a percentage. */
export interface NormalizedLabel {
  readonly text: string;
  readonly percent: boolean;
}

/**
 * Reduces a header to lowercase words so that "Cap rate %", "cap_rate" and
 * "CAP RATE (%)" compare equal; a `%` anywhere marks the column as percentages.
 * Parenthesised units and ranges ("(0-1)", "($)", "(USD)") are dropped.
 */
export function normalizeLabel(label: string): NormalizedLabel {
  const percent = label.includes('%');
  const text = label
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[%$]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return { text, percent };
}

/** Finds the layout field a header or label names, or `undefined`. */
export function matchLayoutField<Field extends string>(
  fields: readonly LayoutField<Field>[],
  label: string,
): LayoutField<Field> | undefined {
  const { text } = normalizeLabel(label);
  if (text === '') return undefined;
  return fields.find(
    (candidate) =>
      normalizeLabel(candidate.label).text === text ||
      candidate.aliases.some((alias) => normalizeLabel(alias).text === text) ||
      normalizeLabel(candidate.field).text === text,
  );
}

/** The spreadsheet column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  let remaining = index + 1;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}
