import { Histogram, type Registry } from 'prom-client';
import type { RequestObserver } from './request-logging.js';

/** The name of the request latency histogram. */
export const HTTP_DURATION_METRIC = 'leaseback_http_request_duration_seconds';

/**
 * The observer (for `requestLogging`) that records every request's latency in a
 * histogram labelled by method, route template (`/api/runs/{run_id}`,
 * `unmatched` for unknown paths, so ids never become label values) and status.
 * Registers the histogram on `registry` once; a second app on the same
 * registry shares it. Why an observer and not a middleware of its own: the log
 * line's `close` listener already runs once per request, and a second listener
 * with its closure and timer was a few percent of a read.
 */
export function httpMetrics(registry: Registry): RequestObserver {
  const existing = registry.getSingleMetric(HTTP_DURATION_METRIC);
  const histogram =
    existing instanceof Histogram
      ? (existing as Histogram<'method' | 'route' | 'status_code'>)
      : new Histogram({
          name: HTTP_DURATION_METRIC,
          help: 'HTTP request latency in seconds, by method, route template and status code',
          labelNames: ['method', 'route', 'status_code'] as const,
          buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
          registers: [registry],
        });
  return (method, route, statusCode, seconds) => {
    histogram.observe({ method, route: route ?? 'unmatched', status_code: String(statusCode) }, seconds);
  };
}
