// A second desk on the same database: releases and fills the given backorders as fast as it can,
// and reports how each call ended. Run with tsx by test/integration/concurrency.test.ts.
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { openDatabase } from '../../main/store/open';

const [file, startAt, ...backorders] = process.argv.slice(2);
const db = openDatabase(file!);
const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: `desk-${process.pid}`, mode: 'browser', databasePath: file! });

// Start together with the other desk.
while (Date.now() < Number(startAt)) {
  /* spin */
}

// won: this desk turned the backorder into a pick; lost: refused, or skipped by the release.
const tally = { won: 0, lost: 0, internal: [] as string[] };
for (const [i, backorder] of backorders.entries()) {
  if (i % 2 === 0) {
    const result = dispatch('backorders:fill', { backorder, complete: true });
    if (result.ok) tally.won += 1;
    else if (result.error.code === 'internal') tally.internal.push(`${backorder}: ${result.error.message}`);
    else tally.lost += 1;
  } else {
    const result = dispatch('backorders:release', { backorders: [backorder] });
    if (!result.ok) tally.internal.push(`${backorder}: ${result.error.message}`);
    else if ((result.value as { outcomes: { outcome: string }[] }).outcomes[0]!.outcome === 'skipped') tally.lost += 1;
    else tally.won += 1;
  }
}
db.close();
process.stdout.write(JSON.stringify(tally));
