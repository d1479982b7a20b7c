// A desk in the middle of a long write: its own process on the database file named first, it runs
// fulfillment over every open order inside a transaction and holds that transaction open (the run
// done, nothing committed) until the file named second appears, then commits. It says `holding` when
// the run is done and `committed` at the end. Started by `startHeldRun` (test/helpers/held-run.ts).
import { existsSync } from 'node:fs';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { openDatabase } from '../../main/store/open';

const [file, release] = process.argv.slice(2) as [string, string];
const db = openDatabase(file);
const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'long run', mode: 'browser', databasePath: file });
const pause = new Int32Array(new SharedArrayBuffer(4));

// The dispatcher's own transaction becomes a savepoint of this one, which stays open while we wait.
db.transaction(() => {
  const result = dispatch('fulfillment:run', { all: true });
  if (!result.ok) throw new Error(result.error.message);
  process.stdout.write('holding\n');
  while (!existsSync(release)) Atomics.wait(pause, 0, 0, 20);
}).immediate();
process.stdout.write('committed\n');
db.close();
