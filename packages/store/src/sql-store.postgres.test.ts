import { POSTGRES_SKIP_REASON, databaseUrl, postgresHarness } from './__fixtures__/harnesses.js';
import { describeStoreContract } from './__fixtures__/store-contract.js';

// The same suite as on PGlite. Without DATABASE_URL there is no server to reach, so
// it is reported as skipped with the reason in its name: the only skip allowed here.
describeStoreContract(
  databaseUrl === undefined ? `store on PostgreSQL (${POSTGRES_SKIP_REASON})` : 'store on PostgreSQL (fresh schema)',
  () => postgresHarness(databaseUrl ?? ''),
  { skip: databaseUrl === undefined },
);
