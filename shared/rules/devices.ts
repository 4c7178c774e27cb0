import type { Device } from '../domain/account.js';
import { DAY_MS, instantMs, toEpochMs } from './time.js';
import type { Now } from './time.js';

/** An account is signed in on one phone at a time (DESIGN §1). */
export type ActiveDeviceResult =
  | { ok: true; device: Device | undefined }
  | { ok: false; error: { code: 'MORE_THAN_ONE_ACTIVE'; deviceIds: string[] } };

/**
 * The device the account is signed in on now, or undefined when none is. More than one
 * active device breaks the one-device rule: the list from the national system is then not
 * trustworthy, so the caller gets an error to show staff rather than a guess.
 */
export function activeDevice(devices: readonly Device[]): ActiveDeviceResult {
  const active = devices.filter((device) => device.active);
  if (active.length > 1) {
    return {
      ok: false,
      error: {
        code: 'MORE_THAN_ONE_ACTIVE',
        deviceIds: active.map((device) => device.deviceId),
      },
    };
  }
  return { ok: true, device: active[0] };
}

export const STALE_AFTER_DAYS = 90;

export const suspicionReasons = ['stale', 'unfamiliar-place'] as const;
export type SuspicionReason = (typeof suspicionReasons)[number];

export interface SuspiciousDevice {
  deviceId: string;
  reasons: SuspicionReason[];
  /** Whole days since the device was last seen; 0 if the time is unknown or ahead of now. */
  daysSinceLastSeen: number;
  /** The device's last place, as the national system gave it, when it is flagged as unfamiliar. */
  unfamiliarPlace?: string;
}

export interface SuspicionOptions {
  staleAfterDays?: number;
}

/**
 * Devices the holder should look at, and why. The rule:
 * - the active device is never suspicious: it is the one the holder is using;
 * - `stale`: not seen for `staleAfterDays` (90) days or more, like an old phone left signed in;
 * - `unfamiliar-place`: its last place is known and none of the holder's other devices was
 *   last seen there. It needs at least one other device with a known place to compare with,
 *   so a lone device, or one on an account without places, is never flagged for its place.
 *   Places are compared ignoring letter case, extra spaces and how accents are encoded.
 * The result keeps the order of the input and lists only flagged devices.
 */
export function suspiciousDevices(
  devices: readonly Device[],
  now: Now,
  options: SuspicionOptions = {},
): SuspiciousDevice[] {
  const nowMs = toEpochMs(now);
  const staleAfterDays = options.staleAfterDays ?? STALE_AFTER_DAYS;
  const findings: SuspiciousDevice[] = [];
  devices.forEach((device, index) => {
    if (device.active) return;
    const reasons: SuspicionReason[] = [];
    const ageMs = nowMs - instantMs(device.lastSeen);
    if (ageMs >= staleAfterDays * DAY_MS) reasons.push('stale');
    const place = placeKey(device.lastPlace);
    if (place !== undefined) {
      const otherPlaces = devices
        .filter((_, otherIndex) => otherIndex !== index)
        .map((other) => placeKey(other.lastPlace))
        .filter((key) => key !== undefined);
      if (otherPlaces.length > 0 && !otherPlaces.includes(place)) reasons.push('unfamiliar-place');
    }
    if (reasons.length === 0) return;
    findings.push({
      deviceId: device.deviceId,
      reasons,
      daysSinceLastSeen: ageMs > 0 ? Math.floor(ageMs / DAY_MS) : 0,
      ...(reasons.includes('unfamiliar-place') && device.lastPlace !== undefined
        ? { unfamiliarPlace: device.lastPlace }
        : {}),
    });
  });
  return findings;
}

function placeKey(place: string | undefined): string | undefined {
  if (place === undefined) return undefined;
  const key = place.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
  return key === '' ? undefined : key;
}
