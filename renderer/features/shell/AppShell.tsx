import { useEffect } from 'react';
import { useAppStore } from '../../store';
import { ItemsScreen } from '../items/ItemsScreen';
import { Toasts } from './Toasts';

/** The window: navigation on the left, the current screen, and the toasts. */
export function AppShell() {
  const appInfo = useAppStore((s) => s.appInfo);
  const startupError = useAppStore((s) => s.startupError);
  const loadAppInfo = useAppStore((s) => s.loadAppInfo);

  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  if (startupError) {
    return (
      <div className="startup-error" role="alert">
        <h1>Stockdesk cannot reach its data</h1>
        <p>{startupError}</p>
      </div>
    );
  }

  return (
    <div className="app" data-ready={appInfo ? 'true' : 'false'}>
      <nav className="sidebar" aria-label="Sections">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            S
          </span>
          <span className="brand__name">Stockdesk</span>
        </div>
        <ul className="nav">
          <li>
            <a className="nav__link is-active" aria-current="page" href="#items">
              Items
            </a>
          </li>
        </ul>
        <footer className="sidebar__foot" title={appInfo?.databasePath}>
          {appInfo ? (
            <>
              <span className={`dot dot--${appInfo.mode}`} aria-hidden="true" />
              {appInfo.mode === 'browser' ? 'Browser mode' : 'Desktop'} · v{appInfo.version}
            </>
          ) : null}
        </footer>
      </nav>
      <main className="content">
        <ItemsScreen />
      </main>
      <Toasts />
    </div>
  );
}
