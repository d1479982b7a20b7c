import type { ParsedInput } from '../../shared/contract';
import type { Sheet } from '../../shared/domain/print';
import type { ReadDb } from '../store/handles';
import { readSettings } from '../store/repos/settings';
import { distinctDocs, requirePrintable, sheetOf } from '../store/repos/sheets';

/** The sheets of picks and backorders, in the order asked, stamped `now`; a completed or cancelled one is refused. */
export function documentSheets(db: ReadDb, { documents }: ParsedInput<'print:sheets'>, now: () => string): Sheet[] {
  const { siteName } = readSettings(db);
  return distinctDocs(db, documents).map(({ doc, field }) => {
    requirePrintable(doc, field);
    return sheetOf(db, doc, siteName, now());
  });
}
