// The administrators' command line (`npm run cli -- <command>`, or the `stockdesk` bin): started by
// scripts/cli.mjs under tsx, as the bench is.
import { runCli } from './run';

// `export orders | head`: the reader stopping early is not a failure of the export.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2));
