import { useCallback, useRef, useState } from 'react';
import type { ImportKind, ImportPreview, ImportResult } from '../../../shared/domain/import';
import { useData } from '../../data/hooks';
import { readFileText, tooBig } from './readFile';

export interface LoadedFile {
  name: string;
  size: number;
  text: string;
}

/** Where an import stands: each step is what the screen shows. */
export type ImportStage =
  | { step: 'idle' }
  | { step: 'reading'; name: string; loaded: number; total: number }
  | { step: 'checking'; file: LoadedFile }
  | { step: 'checked'; file: LoadedFile; preview: ImportPreview }
  | { step: 'importing'; file: LoadedFile; preview: ImportPreview }
  | { step: 'done'; file: LoadedFile; preview: ImportPreview; result: ImportResult }
  /** The file could not be read or sent, or the import was refused after its preview was clean. */
  | { step: 'failed'; message: string; file?: LoadedFile; preview?: ImportPreview };

/**
 * The Import screen's steps: read the chosen file, have main check it (`import:preview`, which
 * changes nothing), and import it (`import:run`, all or nothing). A later answer for an earlier file
 * or kind is dropped, so the screen always shows the file and kind chosen last.
 */
export function useImportFile(kind: ImportKind) {
  const { api } = useData();
  const [stage, setStage] = useState<ImportStage>({ step: 'idle' });
  const attempt = useRef(0);

  const check = useCallback(
    async (file: LoadedFile, as: ImportKind) => {
      const mine = ++attempt.current;
      setStage({ step: 'checking', file });
      try {
        const preview = await api.call('import:preview', { kind: as, fileName: file.name, text: file.text });
        if (mine === attempt.current) setStage({ step: 'checked', file, preview });
      } catch (error) {
        if (mine === attempt.current) setStage({ step: 'failed', message: messageOf(error), file });
      }
    },
    [api],
  );

  const choose = useCallback(
    async (chosen: File) => {
      const mine = ++attempt.current;
      const refusal = tooBig(chosen);
      if (refusal) return setStage({ step: 'failed', message: refusal });
      setStage({ step: 'reading', name: chosen.name, loaded: 0, total: chosen.size });
      try {
        const text = await readFileText(chosen, (loaded, total) => {
          if (mine === attempt.current) setStage({ step: 'reading', name: chosen.name, loaded, total });
        });
        if (mine === attempt.current) await check({ name: chosen.name, size: chosen.size, text }, kind);
      } catch (error) {
        if (mine === attempt.current) setStage({ step: 'failed', message: `${chosen.name} could not be read: ${messageOf(error)}` });
      }
    },
    [check, kind],
  );

  const run = useCallback(async () => {
    if (stage.step !== 'checked' || stage.preview.issueCount > 0) return;
    const { file, preview } = stage;
    const mine = ++attempt.current;
    setStage({ step: 'importing', file, preview });
    try {
      const result = await api.call('import:run', { kind: preview.kind, fileName: file.name, text: file.text });
      if (mine === attempt.current) setStage({ step: 'done', file, preview, result });
    } catch (error) {
      // Something changed since the preview (another desk created one of the skus, say): the screen
      // says why and offers to check the file again, so that the problems show on their rows.
      if (mine !== attempt.current) return;
      setStage({ step: 'failed', message: messageOf(error), file, preview });
    }
  }, [api, stage]);

  const reset = useCallback(() => {
    attempt.current++;
    setStage({ step: 'idle' });
  }, []);

  return { stage, choose, check, run, reset };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
