import type { AppInfo } from '../../shared/channels/app';
import { hrefOf } from './router';
import { screens } from './screens';

/** The sections and their views, drawn from the screen registry. */
export function Sidebar({ path, appInfo }: { path: string; appInfo?: AppInfo }) {
  const listed = screens.filter((s) => s.nav);
  const sections = [...new Set(listed.map((s) => s.nav!.section))];
  const isActive = (target: string) => path === target || path.startsWith(`${target}/`);
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true">
          S
        </span>
        <span className="brand__name">Stockdesk</span>
      </div>
      <ul className="nav">
        {sections.map((section) => {
          const main = listed.find((s) => s.nav!.section === section && !s.nav!.sub);
          const subs = listed.filter((s) => s.nav!.section === section && s.nav!.sub);
          const target = main ? (main.navPath ?? main.path) : undefined;
          return (
            <li key={section}>
              {main && target !== undefined ? (
                <a className={`nav__link${isActive(target) ? ' is-active' : ''}`} aria-current={isActive(target) ? 'page' : undefined} href={hrefOf(target)}>
                  {main.label}
                </a>
              ) : (
                <span className="nav__link">{section}</span>
              )}
              {subs.length > 0 ? (
                <ul className="nav nav--sub">
                  {subs.map((sub) => {
                    const subPath = sub.navPath ?? sub.path;
                    return (
                      <li key={sub.id}>
                        <a className={`nav__link${isActive(subPath) ? ' is-active' : ''}`} aria-current={isActive(subPath) ? 'page' : undefined} href={hrefOf(subPath)}>
                          {sub.label}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
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
  );
}
