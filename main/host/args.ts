import { parseArgs } from 'node:util';

export interface BrowserModeArgs {
  /** The database file; undefined means the per-user default. */
  db?: string;
  port: number;
  open: boolean;
  /** Create the database's folder if it is missing (always so for the per-user default). */
  createFolder: boolean;
  /** Load the demo shop into the (empty) database before serving. */
  demo: boolean;
}

/** `--db PATH`, `--create-folder`, `--port N` (0 picks a free port), `--no-open`, `--demo`. Unknown flags are refused. */
export function parseBrowserModeArgs(argv: string[]): BrowserModeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-open': { type: 'boolean', default: false },
      'create-folder': { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not ${values.port}`);
  return { db: values.db, port, open: !values['no-open'], createFolder: values['create-folder'] || values.db === undefined, demo: values.demo };
}
