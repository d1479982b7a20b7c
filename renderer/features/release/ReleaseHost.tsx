import { useAppStore } from '../../store';
import { ReleaseDialog } from './ReleaseDialog';

/** The one Release Back Order dialog of the window, opened from any screen with `openRelease(backorders)`. */
export function ReleaseHost() {
  const release = useAppStore((s) => s.release);
  const close = useAppStore((s) => s.closeRelease);
  if (!release) return null;
  return <ReleaseDialog key={release.session} backorders={release.backorders} open onClose={close} />;
}
