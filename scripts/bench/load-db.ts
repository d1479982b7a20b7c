// Imports the benchmark data set into a new Stockdesk database, in a process of its own: `npm run
// bench` runs this first (untimed), so that the peak memory it reports is the engine's, not the import's.
// Usage: tsx scripts/bench/load-db.ts DATA_DIR DB_FILE
import '../lib/node-guard.mjs';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { openDatabase } from '../../main/store/open';
import { loadDataset } from './load';

const [data, file] = process.argv.slice(2);
const db = openDatabase(file!);
const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'bench', mode: 'browser', databasePath: file! });
const counts = loadDataset(db, dispatch, data!);
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
console.log(JSON.stringify(counts));
