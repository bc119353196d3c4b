import { pgliteHarness } from './__fixtures__/harnesses.js';
import { describeStoreContract } from './__fixtures__/store-contract.js';

describeStoreContract('store on embedded PGlite (data directory)', pgliteHarness);
