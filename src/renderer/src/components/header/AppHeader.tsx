import { useAppStore } from '../../store/app-store';
import { NotificationsMenu } from '../notifications/NotificationsMenu';
import { BackendBadge } from './BackendBadge';
import { ThemeSwitch } from './ThemeSwitch';

export function AppHeader() {
  const info = useAppStore((s) => s.info);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <h1 className="brand-name">AI Factory</h1>
        {info && <span className="brand-version">v{info.version}</span>}
      </div>
      {info && (
        <p className="workspace-path" title={info.workspaceDir}>
          <span className="muted">Workspace</span> <span className="mono">{info.workspaceDir}</span>
        </p>
      )}
      <div className="header-tools">
        <BackendBadge />
        <ThemeSwitch />
        <NotificationsMenu />
      </div>
    </header>
  );
}
