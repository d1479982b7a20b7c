import type { Migration } from '../migrate';

// Marks the file as Stockdesk's in SQLite's header, so that opening it can tell a Stockdesk database
// from another program's before writing anything (main/store/database-file.ts). New databases get it
// here too, as every migration runs on them. The value ("STKD" in ASCII) is written out rather than
// imported: a migration never changes, whatever the live code later does.
export const applicationId: Migration = {
  version: 6,
  name: 'application-id',
  up: 'PRAGMA application_id = 1398033220',
};
