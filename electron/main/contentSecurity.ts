import type { Session, WebContents } from 'electron';
import { mayUseCamera } from './mediaPermission.js';

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

/**
 * Every permission is refused but one: the camera, video only, for the kiosk window's own page
 * (`mayUseCamera`), which reads the ID card's QR code. No device (HID, USB, serial) is offered.
 */
export function guardPermissions(
  session: Session,
  kioskContents: () => WebContents | undefined,
  rendererIndexUrl: string,
): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const ask = {
      permission,
      fromKioskWindow: contents === kioskContents(),
      isMainFrame: details.isMainFrame,
      requestingUrl: details.requestingUrl,
      mediaTypes: 'mediaTypes' in details ? (details.mediaTypes ?? []) : [],
    };
    callback(mayUseCamera(ask, rendererIndexUrl));
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) => {
    const ask = {
      permission,
      fromKioskWindow: contents !== null && contents === kioskContents(),
      isMainFrame: details.isMainFrame,
      requestingUrl: details.requestingUrl ?? requestingOrigin,
      mediaTypes: details.mediaType === undefined ? [] : [details.mediaType],
    };
    return mayUseCamera(ask, rendererIndexUrl);
  });
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
