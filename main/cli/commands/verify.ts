import type { VerifyReport } from '../../../shared/domain/fulfillment';
import { openCliDatabase, type CliDatabase } from '../database';
import { CliError } from '../errors';
import type { CliIo } from '../progress';

/** `inventory:verify` over an open database. */
export function verifyReport(database: CliDatabase): VerifyReport {
  const result = database.dispatch('inventory:verify', {});
  if (!result.ok) throw new CliError(result.error.message);
  return result.value as VerifyReport;
}

/** One line for the whole check, then a line per problem. */
export function verifyText(path: string, report: VerifyReport): string {
  const { checked } = report;
  const head = `${path}: ${report.ok ? 'ok' : `${report.problems.length} problems`} (${checked.ledgerEntries} ledger entries, ${checked.stockRows} stock rows, ${checked.orderLines} order lines, ${checked.documents} documents checked)`;
  return [head, ...report.problems.map((p) => `  ${p}`)].join('\n') + '\n';
}

/** `verify`: balances recomputed from the ledger and every invariant of the domain checked; exit 1 if any fails. */
export function verifyCommand(io: CliIo, databasePath: string): number {
  const database = openCliDatabase(databasePath, { create: false });
  try {
    const report = verifyReport(database);
    io.stdout.write(verifyText(databasePath, report));
    return report.ok ? 0 : 1;
  } finally {
    database.close();
  }
}
