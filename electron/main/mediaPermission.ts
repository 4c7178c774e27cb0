/**
 * What the kiosk's permission handlers are asked, in plain data: Electron's own arguments,
 * reduced to what the decision needs, so it is tested without Electron.
 */
export interface PermissionAsk {
  /** Electron's permission name ('media', 'geolocation', …). */
  permission: string;
  /** Whether the asking page is the kiosk window's own webContents. */
  fromKioskWindow: boolean;
  /** Whether the asking frame is the page's main frame (a frame inside it gets nothing). */
  isMainFrame: boolean;
  /** The asking page's URL or origin, as Electron gives it. */
  requestingUrl: string;
  /** A request's `mediaTypes`, or a check's single `mediaType`, as a list. */
  mediaTypes: readonly string[];
}

/**
 * `app://kiosk` for `app://kiosk/index.html`. Node's URL gives a non-special scheme the origin
 * "null", so it is built from the parts Chromium uses for a standard scheme.
 */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username !== '' || parsed.password !== '' || parsed.host === '') return null;
    return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
  } catch {
    return null;
  }
}

/**
 * The one permission the kiosk grants (issue 13): the camera, video only, to the kiosk window's
 * own page on the kiosk's own origin, to read the ID card's QR code. Audio, another window, a
 * frame, another origin, and every other permission are refused.
 */
export function mayUseCamera(ask: PermissionAsk, rendererIndexUrl: string): boolean {
  const own = originOf(rendererIndexUrl);
  return (
    ask.permission === 'media' &&
    ask.fromKioskWindow &&
    ask.isMainFrame &&
    own !== null &&
    originOf(ask.requestingUrl) === own &&
    ask.mediaTypes.length === 1 &&
    ask.mediaTypes[0] === 'video'
  );
}
