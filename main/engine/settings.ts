import type { Settings } from '../../shared/domain/fulfillment';
import { PAPER_SIZES, type PaperSize } from '../../shared/domain/print';
import type { Db } from '../store/open';
import { preparedFor } from '../store/prepared';

const statements = preparedFor((db) => ({
  all: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM setting'),
  set: db.prepare<{ key: string; value: string }>(
    'INSERT INTO setting (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}));

const isPaperSize = (value: string | undefined): value is PaperSize => PAPER_SIZES.includes(value as PaperSize);

/** Settings never written read as their defaults: auto-release on, no site name, Letter paper. */
export function readSettings(db: Db): Settings {
  const map = new Map(statements(db).all.all().map((r) => [r.key, r.value]));
  const paper = map.get('paper_size');
  return {
    autoRelease: map.get('auto_release') !== 'false',
    siteName: map.get('site_name') ?? '',
    paperSize: isPaperSize(paper) ? paper : 'letter',
  };
}

export function writeSettings(db: Db, patch: Partial<Settings>): Settings {
  const s = statements(db);
  if (patch.autoRelease !== undefined) s.set.run({ key: 'auto_release', value: String(patch.autoRelease) });
  if (patch.siteName !== undefined) s.set.run({ key: 'site_name', value: patch.siteName });
  if (patch.paperSize !== undefined) s.set.run({ key: 'paper_size', value: patch.paperSize });
  return readSettings(db);
}
