// A second desk that fills one backorder in full and prints the answer. It says `ready` first, so the
// test knows it is about to call while the first desk holds the write lock.
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { openDatabase } from '../../main/store/open';

const [file, backorder] = process.argv.slice(2);
const db = openDatabase(file!);
const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'desk-2', mode: 'browser', databasePath: file! });
process.stdout.write('ready\n');
const result = dispatch('backorders:fill', { backorder, complete: true });
db.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
