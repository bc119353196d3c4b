import { z } from 'zod';

/**
 * A finite number with a message a user can act on. zod 4 already rejects NaN and
 * ±Infinity; this only words the error.
 */
export function finiteNumber() {
  return z.number({
    error: (issue) => (issue.input === undefined ? 'is required' : 'must be a finite number'),
  });
}

/** A finite number in [0, 1]: scores such as criticality and leaseability. */
export function unitInterval() {
  return finiteNumber().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
}

/** A non-empty string after trimming. */
export function nonEmptyString() {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .trim()
    .min(1, 'must not be empty');
}

/** An ISO-8601 timestamp string as produced by `Date.prototype.toISOString`. */
export function timestamp() {
  return z.iso.datetime({ offset: true, error: 'must be an ISO-8601 timestamp' });
}

/** A lease term in whole years, 1..50 (the range a sale-leaseback is written for). */
export function leaseTermYears() {
  return finiteNumber()
    .int('must be a whole number of years from 1 to 50')
    .min(1, 'must be a whole number of years from 1 to 50')
    .max(50, 'must be a whole number of years from 1 to 50');
}

/** An annual rent escalator as a decimal, 0 <= g < 0.25 (0.02 = 2 % a year). */
export function rentEscalator() {
  return finiteNumber().min(0, 'must be >= 0 and < 0.25').lt(0.25, 'must be >= 0 and < 0.25');
}

/** A tax rate as a decimal, 0..1. */
export function taxRate() {
  return finiteNumber().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
}
