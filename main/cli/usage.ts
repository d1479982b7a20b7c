import { IMPORT_COLUMNS, IMPORT_KINDS } from '../../shared/domain/import';
import { EXPORT_NAMES } from './commands/export';

const columns = IMPORT_KINDS.map(
  (kind) => `    ${kind.padEnd(9)}${IMPORT_COLUMNS[kind].map((c) => (c.required ? c.name : `[${c.name}]`)).join(',')}`,
).join('\n');

export const USAGE = `Stockdesk for administrators.

Usage: npm run cli -- <command> [arguments] [options]     (installed: stockdesk <command> ...)

Commands:
  import <kind> <file.csv>   Import a CSV file, all or nothing. Kinds and their columns ([optional]):
${columns}
  export <list>              Write a list as CSV, as its screen shows it, to standard output (or --out):
                               ${EXPORT_NAMES.join(', ')}
                             order-lines and bin-stock are the orders and stock import formats.
      --query TEXT             the list's search
      --status STATUS          orders: Draft, Open, Completed, Cancelled; picks: open, printed;
                               order-lines: Draft, Open
      --include-inactive       items: inactive items too
      --out FILE               write to FILE instead of standard output
  verify                     Recompute balances from the ledger and check every rule.
  backup <file>              Copy the database into a new file with SQLite's online backup
                             (safe while Stockdesk runs), then verify the copy.
  restore <file>             Replace the database with a backup, after checking it (a damaged or
                             foreign file is refused); the replaced database is kept beside it.
  bench [arguments]          Run npm run bench (arguments go to the data generator).

Options:
  --db PATH                  The database (default: the per-user one, as the app uses).
  -h, --help                 This text.

Exit status: 0 done; 1 refused or failed (the reason is on standard error); 2 a wrong command or argument.
`;
