// The camera for the kiosk's Chromium window (issue 13), granted through the window's own fresh
// profile: its Default/Preferences, written before Chromium starts, allow the camera to the
// kiosk's origin only and block camera and microphone everywhere else, so the kiosk page never
// shows a permission prompt and no other page ever gets the camera. A managed policy
// (VideoCaptureAllowedUrls) would need root under /etc/chromium/policies and would bind every
// Chromium profile of the machine; this binds one origin in one window. See docs/camera.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's content-setting values. */
const ALLOW = 1;
const BLOCK = 2;

/**
 * What the profile's Preferences hold: the camera allowed to `kioskOrigin` (any embedder), the
 * camera and the microphone blocked by default.
 * @param {string} kioskOrigin e.g. `http://127.0.0.1:4321`
 */
export function kioskProfilePreferences(kioskOrigin) {
  return {
    profile: {
      default_content_setting_values: { media_stream_camera: BLOCK, media_stream_mic: BLOCK },
      content_settings: {
        exceptions: {
          media_stream_camera: { [`${kioskOrigin},*`]: { setting: ALLOW } },
        },
      },
    },
  };
}

/**
 * Writes a new profile's Default/Preferences (0600, in 0700 folders) granting the camera to the
 * launch URL's origin. The profile must be new: an existing Preferences file is not merged.
 * @param {string} profileDir the `--user-data-dir` Chromium is about to be given
 * @param {string} launchUrl the kiosk URL the window opens (only its origin is used)
 */
export function writeKioskProfile(profileDir, launchUrl) {
  const { origin, protocol } = new URL(launchUrl);
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`not a web origin: ${protocol}`);
  const defaultDir = join(profileDir, 'Default');
  mkdirSync(defaultDir, { recursive: true, mode: 0o700 });
  writeFileSync(join(defaultDir, 'Preferences'), JSON.stringify(kioskProfilePreferences(origin)), {
    mode: 0o600,
    flag: 'wx',
  });
}
