import { useEffect, useState } from 'react';
import type { Channel, WorkProgress } from '../../shared/contract';
import { useData } from './hooks';

/**
 * How far this window's long `channel` command has got (main sends `work:progress` to the window
 * that started it, a few times a second), or undefined when none is under way or it has ended.
 */
export function useWorkProgress(channel: Channel): WorkProgress | undefined {
  const { api } = useData();
  const [progress, setProgress] = useState<WorkProgress | undefined>(undefined);
  useEffect(
    () =>
      api.on('work:progress', (notice) => {
        if (notice.channel === channel) setProgress(notice.done < notice.total ? notice : undefined);
      }),
    [api, channel],
  );
  return progress;
}
