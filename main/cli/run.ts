import { parseArgs } from 'node:util';
import { DatabaseFileError } from '../store/database-file';
import { DatabaseTooNewError } from '../store/migrate';
import { backupCommand } from './commands/backup';
import { benchCommand } from './commands/bench';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { restoreCommand } from './commands/restore';
import { verifyCommand } from './commands/verify';
import { databasePathOf } from './database';
import { CliError, usageError } from './errors';
import type { CliIo } from './progress';
import { USAGE } from './usage';

const COMMANDS = ['import', 'export', 'verify', 'backup', 'restore', 'bench'] as const;
/** How many arguments each command takes after its name. */
const ARITY: Record<(typeof COMMANDS)[number], number> = { import: 2, export: 1, verify: 0, backup: 1, restore: 1, bench: 0 };
const EXPORT_ONLY = ['query', 'status', 'out', 'include-inactive'] as const;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        query: { type: 'string' },
        status: { type: 'string' },
        out: { type: 'string' },
        'include-inactive': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageError((error as Error).message);
  }
}

async function run(io: CliIo, argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) throw usageError(`${command} is not a command: use ${COMMANDS.join(', ')}`);
  const name = command as (typeof COMMANDS)[number];
  // Everything after `bench` is the generator's, except --db, which the bench does not take.
  if (name === 'bench') return benchCommand(rest);

  const { values, positionals } = parse(rest);
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length > ARITY[name]) throw usageError(`${name} takes ${ARITY[name]} ${ARITY[name] === 1 ? 'argument' : 'arguments'}; ${positionals.slice(ARITY[name]).join(' ')} is one too many`);
  const misplaced = name === 'export' ? undefined : EXPORT_ONLY.find((option) => values[option] !== undefined);
  if (misplaced) throw usageError(`--${misplaced} applies to export only`);
  const databasePath = databasePathOf(values.db);

  switch (name) {
    case 'import':
      return importCommand(io, databasePath, positionals);
    case 'export':
      return exportCommand(io, databasePath, positionals, { query: values.query, status: values.status, out: values.out, includeInactive: values['include-inactive'] });
    case 'verify':
      return verifyCommand(io, databasePath);
    case 'backup':
      return backupCommand(io, databasePath, positionals);
    case 'restore':
      return restoreCommand(io, databasePath, positionals);
  }
}

/**
 * The command line: runs one command and answers its exit status. Every failure is one sentence on
 * stderr (the usage text follows a wrong command or argument); nothing throws past here.
 */
export async function runCli(argv: string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  try {
    return await run(io, argv);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`stockdesk: ${error.message}\n`);
      if (error.exitCode === 2) io.stderr.write('Run with --help for the commands and their arguments.\n');
      return error.exitCode;
    }
    if (error instanceof DatabaseFileError || error instanceof DatabaseTooNewError) {
      io.stderr.write(`stockdesk: ${error.message}\n`);
      return 1;
    }
    io.stderr.write(`stockdesk: failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
