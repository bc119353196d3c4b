import { LeasebackError } from '@leaseback/domain';

/**
 * `computeMetrics` was asked about an asset id that is not in the asset list.
 * A programming error in the caller, not a property of the portfolio.
 */
export class UnknownAssetError extends LeasebackError {
  /** The id that was not found. */
  readonly assetId: string;

  constructor(assetId: string) {
    super('unknown_asset', `unknown asset id "${assetId}": it is not in the asset list`);
    this.name = 'UnknownAssetError';
    this.assetId = assetId;
  }
}

/**
 * Two assets share an `asset_id`. The domain schema rejects such a list; the
 * engine refuses it too because its answer would depend on input order.
 */
export class DuplicateAssetIdError extends LeasebackError {
  /** The repeated id. */
  readonly assetId: string;

  constructor(assetId: string) {
    super('duplicate_asset_id', `duplicate asset id "${assetId}": asset ids must be unique`);
    this.name = 'DuplicateAssetIdError';
    this.assetId = assetId;
  }
}

/**
 * A quantity of the pro-forma could not be computed as a finite number (an
 * overflow, or EBITDA at or below zero before the program). `selectAssets`
 * turns this into a `numeric_error` outcome; `computeMetrics` throws it.
 */
export class NonFiniteQuantityError extends LeasebackError {
  /** The quantity, in words, e.g. `price of asset A-1`. */
  readonly quantity: string;

  constructor(quantity: string, detail: string) {
    super('numeric_error', `${quantity} ${detail}`);
    this.name = 'NonFiniteQuantityError';
    this.quantity = quantity;
  }
}

/**
 * The exact solver was not loaded (code `solver_not_loaded`), could not be
 * loaded, or answered with an error status (code `solver_error`).
 */
export class SolverError extends LeasebackError {
  constructor(message: string, options: { cause?: unknown; code?: 'solver_error' | 'solver_not_loaded' } = {}) {
    super(options.code ?? 'solver_error', message, options.cause === undefined ? {} : { cause: options.cause });
    this.name = 'SolverError';
  }
}
