import type { Session, WebContents } from 'electron';

/**
 * The only page the kiosk window may show is its own bundled renderer (`app://kiosk/index.html`,
 * any hash): same scheme, same host, no port or credentials, same path.
 */
export function isOwnPage(url: string, rendererIndexUrl: string): boolean {
  const own = new URL(rendererIndexUrl);
  try {
    const target = new URL(url);
    return (
      target.protocol === own.protocol &&
      target.hostname.toLowerCase() === own.hostname.toLowerCase() &&
      target.port === own.port &&
      target.username === '' &&
      target.password === '' &&
      target.pathname === own.pathname
    );
  } catch {
    return false;
  }
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function confineWebContents(contents: WebContents, rendererIndexUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, rendererIndexUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
