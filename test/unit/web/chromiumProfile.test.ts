import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeKioskProfile } from '../../../scripts/chromiumProfile.mjs';

// Issue 13: the web host's Chromium window gets the camera for the kiosk's origin only, from
// its fresh profile (test/e2e/camera-permission.spec.ts shows Chromium honours it).
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-profile-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the kiosk window's Chromium profile", () => {
  it("allows the camera to the launch URL's origin alone, and blocks camera and microphone elsewhere", async () => {
    const profile = join(dir, 'profile');
    writeKioskProfile(profile, 'http://127.0.0.1:43210/launch?code=SECRET-CODE');
    const text = await readFile(join(profile, 'Default', 'Preferences'), 'utf8');
    expect(JSON.parse(text)).toEqual({
      profile: {
        default_content_setting_values: { media_stream_camera: 2, media_stream_mic: 2 },
        content_settings: {
          exceptions: { media_stream_camera: { 'http://127.0.0.1:43210,*': { setting: 1 } } },
        },
      },
    });
    // The single-use launch code is never written into the profile.
    expect(text).not.toContain('SECRET-CODE');
    expect((await stat(join(profile, 'Default', 'Preferences'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(profile, 'Default'))).mode & 0o777).toBe(0o700);
  });

  it('refuses a profile that already exists, and a launch URL that is not a web origin', () => {
    const profile = join(dir, 'profile');
    writeKioskProfile(profile, 'http://127.0.0.1:43210/');
    expect(() => writeKioskProfile(profile, 'http://127.0.0.1:43210/')).toThrow(/EEXIST/);
    expect(() => writeKioskProfile(join(dir, 'other'), 'file:///tmp/open.html')).toThrow(/not a web origin/);
  });
});
