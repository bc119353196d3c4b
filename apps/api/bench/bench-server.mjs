// The server the API benchmark measures, in its own process so that the load
// generator does not share its event loop, and in plain JavaScript over the
// built packages so that no TypeScript loader runs inside the measured process.
// Prints `{"url": ...}` once listening; SIGTERM shuts it down gracefully.
import { createLeasebackService, parseServiceConfig } from '@leaseback/service';
import { openStore } from '@leaseback/store';
import { pino } from 'pino';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { batchedLogDestination, startServer } from '../dist/index.js';

const databaseUrl = process.env['BENCH_DATABASE_URL'];
const schema = process.env['BENCH_SCHEMA'];
const dataDir = process.env['BENCH_DATA_DIR'] ?? 'memory://';

// Logs are written as production writes them (in batches), to /dev/null instead of stdout,
// where they would interleave with the URL line; at info level.
const logger = pino({ level: process.env['BENCH_LOG_LEVEL'] ?? 'info' }, batchedLogDestination('/dev/null').stream);
const registry = new Registry();
collectDefaultMetrics({ register: registry });
const config = parseServiceConfig({ api: { port: 0 }, store: { data_dir: dataDir } });
const store = databaseUrl ? await openStore({ databaseUrl, ...(schema ? { schema } : {}) }) : undefined;
const service = await createLeasebackService({ config, metricsRegistry: registry, ...(store ? { store } : {}) });
const running = await startServer({ service, config, logger, registry });
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
