import { useState } from 'react';
import { useCommands } from '../../app/commands';
import { useData } from '../../data/hooks';
import { useAppStore } from '../../store';
import { download, exportCsv, exportFileName, type ExportRequest } from './exportCsv';

const n = (value: number) => value.toLocaleString();

/**
 * **Export CSV** on a list's toolbar (and in the `.` palette): every row of the list as shown, with
 * its filters and search, downloaded as a CSV file. While the pages are read it says how far it is.
 */
export function ExportButton({ request, noun }: { request: ExportRequest; noun: string }) {
  const { api } = useData();
  const notify = useAppStore((s) => s.notify);
  const [progress, setProgress] = useState<string>();

  const run = async () => {
    if (progress !== undefined) return;
    setProgress('Exporting…');
    try {
      const fileName = exportFileName(request.list);
      const { csv, rows } = await exportCsv(api, request, (loaded, total) => setProgress(`Exporting ${n(loaded)} of ${n(total)}…`));
      download(csv, fileName);
      notify(`Exported ${n(rows)} ${noun} to ${fileName}`);
    } catch (error) {
      notify(`Export failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    } finally {
      setProgress(undefined);
    }
  };
  useCommands([{ id: 'list.export', name: 'Export CSV', group: 'List', run: () => void run() }]);

  return (
    <button type="button" className="button" onClick={() => void run()} aria-busy={progress !== undefined} disabled={progress !== undefined}>
      {progress ?? 'Export CSV'}
    </button>
  );
}
