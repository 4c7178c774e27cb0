import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { RENDERER_INDEX_URL } from '../../../electron/main/appProtocol/appUrl.js';
import { guardPermissions } from '../../../electron/main/contentSecurity.js';
import { mayUseCamera } from '../../../electron/main/mediaPermission.js';
import type { PermissionAsk } from '../../../electron/main/mediaPermission.js';

// Issue 13: the kiosk window's page may use the camera, video only, to read the ID card's QR
// code; nothing else may have any permission.
const camera: PermissionAsk = {
  permission: 'media',
  fromKioskWindow: true,
  isMainFrame: true,
  requestingUrl: 'app://kiosk/index.html',
  mediaTypes: ['video'],
};

describe('who may use the camera (pure)', () => {
  it("grants video to the kiosk window's own page, by URL or by origin", () => {
    expect(mayUseCamera(camera, RENDERER_INDEX_URL)).toBe(true);
    expect(mayUseCamera({ ...camera, requestingUrl: 'app://kiosk' }, RENDERER_INDEX_URL)).toBe(true);
    expect(
      mayUseCamera({ ...camera, requestingUrl: 'app://KIOSK/index.html#welcome' }, RENDERER_INDEX_URL),
    ).toBe(true);
  });

  it.each<[string, Partial<PermissionAsk>]>([
    ['the microphone', { mediaTypes: ['audio'] }],
    ['camera and microphone together', { mediaTypes: ['video', 'audio'] }],
    ['no media type named', { mediaTypes: [] }],
    ['an unknown media type (a check)', { mediaTypes: ['unknown'] }],
    ['another window', { fromKioskWindow: false }],
    ['a frame inside the page', { isMainFrame: false }],
    ['another host on the app scheme', { requestingUrl: 'app://other/index.html' }],
    ['a look-alike host', { requestingUrl: 'app://kiosk.evil/index.html' }],
    ['a port', { requestingUrl: 'app://kiosk:8080/index.html' }],
    ['credentials', { requestingUrl: 'app://user@kiosk/index.html' }],
    ['a web page', { requestingUrl: 'https://example.com/' }],
    ['a local web page', { requestingUrl: 'http://127.0.0.1:8080/' }],
    ['a file', { requestingUrl: 'file:///opt/kiosk/out/renderer/index.html' }],
    ['no URL at all', { requestingUrl: '' }],
    ['geolocation', { permission: 'geolocation' }],
    ['notifications', { permission: 'notifications' }],
    ['screen capture', { permission: 'display-capture' }],
    ['the clipboard', { permission: 'clipboard-read' }],
  ])('refuses %s', (_case, change) => {
    expect(mayUseCamera({ ...camera, ...change }, RENDERER_INDEX_URL)).toBe(false);
  });
});

type RequestHandler = (
  contents: WebContents,
  permission: string,
  callback: (granted: boolean) => void,
  details: Record<string, unknown>,
) => void;
type CheckHandler = (
  contents: WebContents | null,
  permission: string,
  origin: string,
  details: Record<string, unknown>,
) => boolean;

/** Stands in for Electron's session: keeps the handlers the kiosk sets. */
function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: () => boolean) => (handlers.device = handler),
  };
  return { session: session as unknown as Session, handlers };
}

describe("the session's permission handlers", () => {
  const kioskPage = {} as WebContents;
  const otherPage = {} as WebContents;
  const { session, handlers } = fakeSession();
  guardPermissions(session, () => kioskPage, RENDERER_INDEX_URL);

  const request = (contents: WebContents, permission: string, details: Record<string, unknown>) => {
    let answer: boolean | undefined;
    handlers.request?.(contents, permission, (granted) => (answer = granted), details);
    return answer;
  };
  const page = { isMainFrame: true, requestingUrl: 'app://kiosk/index.html' };

  it('grant a request for video from the kiosk window, and refuse audio, other windows and permissions', () => {
    expect(request(kioskPage, 'media', { ...page, mediaTypes: ['video'] })).toBe(true);
    expect(request(kioskPage, 'media', { ...page, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(request(kioskPage, 'media', { ...page, mediaTypes: ['audio'] })).toBe(false);
    expect(request(otherPage, 'media', { ...page, mediaTypes: ['video'] })).toBe(false);
    expect(request(kioskPage, 'geolocation', page)).toBe(false);
    expect(
      request(kioskPage, 'media', { ...page, requestingUrl: 'https://example.com/', mediaTypes: ['video'] }),
    ).toBe(false);
  });

  it("answer a check for video from the kiosk's origin yes, every other check no", () => {
    const check = (contents: WebContents | null, permission: string, origin: string, mediaType?: string) =>
      handlers.check?.(contents, permission, origin, { isMainFrame: true, mediaType });
    expect(check(kioskPage, 'media', 'app://kiosk', 'video')).toBe(true);
    expect(check(kioskPage, 'media', 'app://kiosk', 'audio')).toBe(false);
    expect(check(kioskPage, 'media', 'app://kiosk', 'unknown')).toBe(false);
    expect(check(null, 'media', 'app://kiosk', 'video')).toBe(false);
    expect(check(otherPage, 'media', 'app://kiosk', 'video')).toBe(false);
    expect(check(kioskPage, 'media', 'https://example.com', 'video')).toBe(false);
    expect(check(kioskPage, 'notifications', 'app://kiosk')).toBe(false);
    expect(handlers.device?.()).toBe(false);
  });

  it('refuse everything before the kiosk window exists', () => {
    const early = fakeSession();
    guardPermissions(early.session, () => undefined, RENDERER_INDEX_URL);
    let answer: boolean | undefined;
    early.handlers.request?.(kioskPage, 'media', (granted) => (answer = granted), {
      ...page,
      mediaTypes: ['video'],
    });
    expect(answer).toBe(false);
  });
});
