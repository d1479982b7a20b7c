// A desk that is about to be killed: its own process on the database file named on the command line,
// the same dispatcher the app runs. It takes calls on stdin, one per line (`{"channel", "input"}`),
// runs them one after another, and writes a line for each the moment it takes it (`{"taken": n}`) and
// once it has answered (`{"answered": n, "ok", "code"}`): an answer written means the change was
// committed. Started by test/helpers/kill-rounds.ts, which SIGKILLs it at a moment of its choosing.
import { createInterface } from 'node:readline';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { openDatabase } from '../../main/store/open';

const [file] = process.argv.slice(2) as [string];
const db = openDatabase(file);
const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'killed desk', mode: 'browser', databasePath: file });
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

say({ ready: true });
let n = 0;
for await (const line of createInterface({ input: process.stdin })) {
  const { channel, input } = JSON.parse(line) as { channel: string; input: unknown };
  say({ taken: n });
  // Awaited: the same whether the dispatcher answers at once or (off the main thread) later.
  const result = await dispatch(channel, input);
  say({ answered: n, ok: result.ok, ...(result.ok ? {} : { code: result.error.code, message: result.error.message }) });
  n += 1;
}
db.close();
