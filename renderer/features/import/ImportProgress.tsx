import type { WorkProgress } from '../../../shared/contract';
import { useWorkProgress } from '../../data/progress';
import type { ImportStage } from './useImportFile';

const n = (value: number) => value.toLocaleString();

/**
 * The progress bar and its words: reading the file (measured), checking it in main (one request),
 * then importing it, measured by the rows main reports done.
 */
export function ImportProgress({ stage }: { stage: ImportStage }) {
  const state = describe(stage, useWorkProgress('import:run'));
  if (!state) return null;
  return (
    <div className={`import-progress${state.tone ? ` import-progress--${state.tone}` : ''}`}>
      <progress aria-label="Import progress" max={1} {...(state.value === undefined ? {} : { value: state.value })} />
      <span role="status">{state.text}</span>
    </div>
  );
}

function describe(stage: ImportStage, importing: WorkProgress | undefined): { value?: number; text: string; tone?: 'refused' | 'done' } | undefined {
  switch (stage.step) {
    case 'reading':
      return { value: stage.total > 0 ? stage.loaded / stage.total : 0, text: `Reading ${stage.name}… ${stage.total > 0 ? Math.floor((stage.loaded / stage.total) * 100) : 0}%` };
    case 'checking':
      return { text: `Checking every row of ${stage.file.name}…` };
    case 'checked':
      return stage.preview.issueCount > 0
        ? { value: 1, tone: 'refused', text: `✖ Checked ${n(stage.preview.totalRows)} rows: nothing can be imported until the problems below are fixed` }
        : { value: 1, text: `Checked ${n(stage.preview.totalRows)} rows: ready to import` };
    case 'importing':
      return importing
        ? { value: importing.done / importing.total, text: `Importing ${n(importing.done)} of ${n(importing.total)} rows, all or nothing…` }
        : { text: `Importing ${n(stage.preview.totalRows)} rows, all or nothing…` };
    case 'done':
      return { value: 1, tone: 'done', text: `✓ Imported ${stage.file.name}` };
    default:
      return undefined;
  }
}
