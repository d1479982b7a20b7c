import type { Settings } from '../../../shared/domain/fulfillment';
import { PAPER_SIZES, type PaperSize } from '../../../shared/domain/print';
import type { ReadDb, WriteDb } from '../handles';
import { preparedFor } from '../prepared';

const reads = preparedFor((db: ReadDb) => ({
  all: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM setting'),
}));

const writes = preparedFor((db: WriteDb) => ({
  set: db.prepare<{ key: string; value: string }>(
    'INSERT INTO setting (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}));

const isPaperSize = (value: string | undefined): value is PaperSize => PAPER_SIZES.includes(value as PaperSize);

/** Settings never written read as their defaults: auto-release on, no site name, Letter paper. */
export function readSettings(db: ReadDb): Settings {
  const map = new Map(reads(db).all.all().map((r) => [r.key, r.value]));
  const paper = map.get('paper_size');
  return {
    autoRelease: map.get('auto_release') !== 'false',
    siteName: map.get('site_name') ?? '',
    paperSize: isPaperSize(paper) ? paper : 'letter',
  };
}

/** Writes the settings named in `patch`; returns them all. */
export function writeSettings(db: WriteDb, patch: Partial<Settings>): Settings {
  const { set } = writes(db);
  if (patch.autoRelease !== undefined) set.run({ key: 'auto_release', value: String(patch.autoRelease) });
  if (patch.siteName !== undefined) set.run({ key: 'site_name', value: patch.siteName });
  if (patch.paperSize !== undefined) set.run({ key: 'paper_size', value: patch.paperSize });
  return readSettings(db);
}
