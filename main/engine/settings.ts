import type { Settings } from '../../shared/domain/fulfillment';
import type { Db } from '../store/open';
import { preparedFor } from '../store/prepared';

const statements = preparedFor((db) => ({
  all: db.prepare<[], { key: string; value: string }>('SELECT key, value FROM setting'),
  set: db.prepare<{ key: string; value: string }>(
    'INSERT INTO setting (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ),
}));

export function readSettings(db: Db): Settings {
  const map = new Map(statements(db).all.all().map((r) => [r.key, r.value]));
  return { autoRelease: map.get('auto_release') !== 'false' };
}

export function writeSettings(db: Db, patch: Partial<Settings>): Settings {
  if (patch.autoRelease !== undefined) statements(db).set.run({ key: 'auto_release', value: String(patch.autoRelease) });
  return readSettings(db);
}
