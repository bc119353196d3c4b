// The three prom-client classes the service uses, each loaded from its own file.
// Why: prom-client's index also loads the default process metrics, the push
// gateway's HTTP client and the cluster aggregator (about 90 modules, a tenth of
// a short command's start), none of which the service uses. These are the very
// classes the index exports (it re-exports these files), so a registry the API
// makes from 'prom-client' takes these metrics, and `instanceof` agrees.
import { createRequire } from 'node:module';
import type * as PromClient from 'prom-client';

const require = createRequire(import.meta.url);

/** prom-client's `Registry`. */
export const Registry = require('prom-client/lib/registry') as typeof PromClient.Registry;
/** A prom-client registry. */
export type Registry = PromClient.Registry;
/** prom-client's `Counter`. */
export const Counter = require('prom-client/lib/counter') as typeof PromClient.Counter;
/** A prom-client counter. */
export type Counter<Label extends string = string> = PromClient.Counter<Label>;
/** prom-client's `Histogram`. */
export const Histogram = require('prom-client/lib/histogram') as typeof PromClient.Histogram;
/** A prom-client histogram. */
export type Histogram<Label extends string = string> = PromClient.Histogram<Label>;
