/**
 * One numbered schema change. The SQL lives in a TypeScript module rather than a
 * `.sql` file so that the compiler ships it in `dist/` with no copy step.
 * A migration is never edited once released: the runner records a checksum and
 * refuses to open a database whose applied migrations differ from the code's.
 */
export interface Migration {
  /** 1, 2, 3...: applied in this order, each exactly once. */
  readonly version: number;
  /** A short name, recorded beside the version. */
  readonly name: string;
  /** One or more statements; run inside the runner's transaction. */
  readonly sql: string;
}
