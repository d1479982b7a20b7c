import { Fragment, useEffect, useMemo } from 'react';
import { Toasts } from '../components/Toasts';
import { QuickActions } from '../features/palette/QuickActions';
import { ReleaseHost } from '../features/release/ReleaseHost';
import { useAppStore } from '../store';
import { useCommands, useKeyDispatcher } from './commands';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { hrefOf, matchRoute, usePath } from './router';
import type { Crumb } from './screen';
import { DEFAULT_PATH, screens } from './screens';
import { Sidebar } from './Sidebar';
import { WorkProgress } from './WorkProgress';

/** The window: the sidebar, the breadcrumb bar, the current screen and the toasts. */
export function AppShell() {
  const appInfo = useAppStore((s) => s.appInfo);
  const startupError = useAppStore((s) => s.startupError);
  const loadAppInfo = useAppStore((s) => s.loadAppInfo);
  const path = usePath();
  const route = useMemo(() => matchRoute(screens, path), [path]);
  const crumbs: Crumb[] = route ? (route.screen.crumbs?.(route.params) ?? [{ label: route.screen.label }]) : [{ label: 'Not found' }];

  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  useEffect(() => {
    if (path === '') window.location.replace(hrefOf(DEFAULT_PATH));
  }, [path]);

  useEffect(() => {
    document.title = `${crumbs.map((c) => c.label).join(' › ')} — Stockdesk`;
  });

  // One key listener for the whole window; screens add their keys to the command registry.
  useKeyDispatcher();

  useCommands([
    { id: 'nav.back', name: 'Back', hotkey: 'alt+arrowleft', inFields: true, hidden: true, run: () => window.history.back() },
    { id: 'nav.forward', name: 'Forward', hotkey: 'alt+arrowright', inFields: true, hidden: true, run: () => window.history.forward() },
  ]);

  if (startupError) {
    return (
      <div className="startup-error" role="alert">
        <h1>Stockdesk cannot reach its data</h1>
        <p>{startupError}</p>
      </div>
    );
  }

  const Screen = route?.screen.component;
  return (
    <div className="app" data-ready={appInfo ? 'true' : 'false'}>
      <Sidebar path={path} appInfo={appInfo} />
      <div className="content">
        <div className="topbar">
          <div className="topbar__nav">
            <button type="button" className="icon-button" aria-label="Back (Alt+Left)" title="Back (Alt+Left)" onClick={() => window.history.back()}>
              ‹
            </button>
            <button type="button" className="icon-button" aria-label="Forward (Alt+Right)" title="Forward (Alt+Right)" onClick={() => window.history.forward()}>
              ›
            </button>
          </div>
          <nav aria-label="Breadcrumb">
            <ol className="crumbs">
              {crumbs.map((crumb, i) => (
                <Fragment key={i}>
                  <li>
                    {i === crumbs.length - 1 ? (
                      <span aria-current="page">{crumb.label}</span>
                    ) : crumb.path !== undefined ? (
                      <a href={hrefOf(crumb.path)}>{crumb.label}</a>
                    ) : (
                      crumb.label
                    )}
                  </li>
                </Fragment>
              ))}
            </ol>
          </nav>
          <WorkProgress />
        </div>
        <ReadOnlyBanner />
        <main className="screen-host" aria-label={crumbs.at(-1)?.label}>
          {Screen && route ? (
            <Screen key={route.screen.id} params={route.params} />
          ) : (
            <div className="empty">
              <h2>Nothing at this address</h2>
              <p>
                <a href={hrefOf(DEFAULT_PATH)}>Go to the orders</a>
              </p>
            </div>
          )}
        </main>
      </div>
      <Toasts />
      <ReleaseHost />
      <QuickActions />
    </div>
  );
}
