// A second desk: its own process and its own connection to the database file named on the command
// line, the same dispatcher the app runs. The test drives it over stdin, one call per line
// (`{"channel", "input"}`); for each it writes `{"started"}` the moment it takes the call, then
// `{"result", "started", "finished"}` (times from Date.now()) once the call is done. Between calls it
// waits for the next line: the test decides when each desk calls, which is what makes a race
// between desks repeatable. Started by test/helpers/desk.ts.
import { createInterface } from 'node:readline';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { openDatabase } from '../../main/store/open';

const [file, user] = process.argv.slice(2);
const db = openDatabase(file!);
const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: user!, mode: 'browser', databasePath: file! });
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

say({ ready: true });
for await (const line of createInterface({ input: process.stdin })) {
  const { channel, input } = JSON.parse(line) as { channel: string; input: unknown };
  const started = Date.now();
  say({ started });
  const result = dispatch(channel, input);
  say({ result, started, finished: Date.now() });
}
db.close();
