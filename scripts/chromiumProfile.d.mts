/** Types for chromiumProfile.mjs, which the tests import. */
export function kioskProfilePreferences(kioskOrigin: string): {
  profile: {
    default_content_setting_values: { media_stream_camera: number; media_stream_mic: number };
    content_settings: { exceptions: { media_stream_camera: Record<string, { setting: number }> } };
  };
};
export function writeKioskProfile(profileDir: string, launchUrl: string): void;
