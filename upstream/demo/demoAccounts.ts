import type { Account, Device, LinkedPaper } from '../../shared/domain/account.js';
import type { StaffSeed } from '../state/StaffRegistry.js';

/** The embedded demo kiosk (DESIGN §9). Its secret is public: demos and tests only. */
export const DEMO_KIOSK = { kioskId: 'KIOSK-DEMO-01', secret: 'demo-secret-change-me' } as const;

/** Every demo account's passcode (DESIGN §9). */
export const DEMO_PASSCODE = '123456';

/** The demo staff member. The PIN is checked by the kiosk, never sent to the national system. */
export const DEMO_STAFF = { staffId: 'CB01', pin: '2468', displayName: 'Cán bộ Nguyễn Thị Hoa' } as const;

/** The demo national system knows the demo kiosk's staff member from the start (DESIGN §9). */
export function demoStaff(): StaffSeed[] {
  return [
    {
      kioskId: DEMO_KIOSK.kioskId,
      staffId: DEMO_STAFF.staffId,
      displayName: DEMO_STAFF.displayName,
      role: 'supervisor',
    },
  ];
}

export const DEMO_ID_NUMBERS = {
  an: '001090012345',
  binh: '042195001234',
  cuong: '042075009876',
  dung: '038301004321',
  em: '040088005555',
  giang: '042197003333',
} as const;

/** Stable device ids, so kiosk tests and demo scripts can name a device. */
export const DEMO_DEVICE_IDS = {
  anGalaxyA52: 'dev-an-galaxy-a52',
  anIphone15: 'dev-an-iphone-15',
  binhPhone: 'dev-binh-redmi-note-12',
  cuongPhone: 'dev-cuong-oppo-a57',
  dungPhone: 'dev-dung-iphone-13',
  emPhone: 'dev-em-vivo-y36',
} as const;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * The six accounts of DESIGN §9. Instants are relative to the service clock at start, so the
 * story stays true whenever the demo runs: An's old phone was last seen months ago, and Em's
 * terms-violation lock ended yesterday.
 */
export function demoAccounts(nowMs: number): Account[] {
  // Whole minutes keep the demo's timestamps readable on screen.
  const now = Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
  const ago = (ms: number): string => new Date(now - ms).toISOString();
  const dateIn = (days: number): string => new Date(now + days * DAY_MS).toISOString().slice(0, 10);

  const phone = (
    deviceId: string,
    name: string,
    model: string,
    os: string,
    seen: { firstAgo: number; lastAgo: number; place?: string },
    active: boolean,
  ): Device => ({
    deviceId,
    name,
    model,
    os,
    firstSeen: ago(seen.firstAgo),
    lastSeen: ago(seen.lastAgo),
    ...(seen.place === undefined ? {} : { lastPlace: seen.place }),
    active,
  });

  // Level 2 holds a portrait and fingerprints; level 1 holds neither (DESIGN §1).
  const level2 = { portrait: true, fingerprints: true };
  const level1 = { portrait: false, fingerprints: false };
  const paper = (kind: LinkedPaper['kind'], numberMasked: string, validUntil?: string): LinkedPaper => ({
    kind,
    numberMasked,
    ...(validUntil === undefined ? {} : { validUntil }),
  });

  return [
    {
      idNumber: DEMO_ID_NUMBERS.an,
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-05-12',
      gender: 'male',
      level: 2,
      status: 'active',
      registeredPhoneMasked: '091****678',
      biometrics: level2,
      papers: [
        paper('driving-licence', '********2468', dateIn(8 * 365)),
        paper('vehicle-registration', '29A-****.68'),
        paper('health-insurance-card', 'DN4******12345', dateIn(200)),
      ],
      devices: [
        phone(
          DEMO_DEVICE_IDS.anGalaxyA52,
          'Samsung Galaxy A52',
          'SM-A525F',
          'Android 13',
          { firstAgo: 900 * DAY_MS, lastAgo: 130 * DAY_MS, place: 'Hà Nội' },
          false,
        ),
        phone(
          DEMO_DEVICE_IDS.anIphone15,
          'iPhone 15',
          'iPhone15,4',
          'iOS 17.5',
          { firstAgo: 3 * DAY_MS, lastAgo: 2 * HOUR_MS, place: 'Hà Nội' },
          true,
        ),
      ],
    },
    {
      idNumber: DEMO_ID_NUMBERS.binh,
      fullName: 'Trần Thị Bình',
      dateOfBirth: '1995-08-03',
      gender: 'female',
      level: 2,
      status: 'locked',
      lock: {
        reason: 'holder-request',
        since: ago(6 * DAY_MS),
        requestedBy: 'Chủ tài khoản (Trần Thị Bình)',
      },
      registeredPhoneMasked: '098****321',
      biometrics: level2,
      papers: [paper('health-insurance-card', 'HC4******01234', dateIn(200))],
      devices: [
        phone(
          DEMO_DEVICE_IDS.binhPhone,
          'Xiaomi Redmi Note 12',
          '23021RAAEG',
          'Android 14',
          { firstAgo: 400 * DAY_MS, lastAgo: 7 * DAY_MS, place: 'Hà Tĩnh' },
          true,
        ),
      ],
    },
    {
      idNumber: DEMO_ID_NUMBERS.cuong,
      fullName: 'Lê Văn Cường',
      dateOfBirth: '1975-01-20',
      gender: 'male',
      level: 2,
      status: 'locked',
      lock: { reason: 'holder-deceased', since: ago(45 * DAY_MS), requestedBy: 'Công an xã (khai tử)' },
      registeredPhoneMasked: '097****555',
      biometrics: level2,
      papers: [paper('driving-licence', '********1357')],
      devices: [
        phone(
          DEMO_DEVICE_IDS.cuongPhone,
          'OPPO A57',
          'CPH2387',
          'Android 12',
          { firstAgo: 700 * DAY_MS, lastAgo: 50 * DAY_MS },
          true,
        ),
      ],
    },
    {
      idNumber: DEMO_ID_NUMBERS.dung,
      fullName: 'Phạm Thị Dung',
      dateOfBirth: '2001-11-14',
      gender: 'female',
      level: 2,
      status: 'locked',
      lock: {
        reason: 'competent-authority',
        since: ago(20 * DAY_MS),
        requestedBy: 'Tòa án nhân dân tỉnh Thanh Hóa',
      },
      registeredPhoneMasked: '035****246',
      biometrics: level2,
      papers: [],
      devices: [
        phone(
          DEMO_DEVICE_IDS.dungPhone,
          'iPhone 13',
          'iPhone14,5',
          'iOS 17.4',
          { firstAgo: 500 * DAY_MS, lastAgo: 21 * DAY_MS, place: 'Thanh Hóa' },
          true,
        ),
      ],
    },
    {
      idNumber: DEMO_ID_NUMBERS.em,
      fullName: 'Hoàng Văn Em',
      dateOfBirth: '1988-06-30',
      gender: 'male',
      level: 1,
      status: 'locked',
      lock: {
        reason: 'terms-violation',
        since: ago(31 * DAY_MS),
        until: ago(1 * DAY_MS),
        requestedBy: 'Trung tâm dữ liệu quốc gia về dân cư',
      },
      registeredPhoneMasked: '086****909',
      biometrics: level1,
      devices: [
        phone(
          DEMO_DEVICE_IDS.emPhone,
          'vivo Y36',
          'V2247',
          'Android 13',
          { firstAgo: 300 * DAY_MS, lastAgo: 32 * DAY_MS, place: 'Nghệ An' },
          true,
        ),
      ],
    },
    {
      idNumber: DEMO_ID_NUMBERS.giang,
      fullName: 'Võ Thị Giang',
      dateOfBirth: '1997-09-09',
      gender: 'female',
      level: 1,
      status: 'locked',
      lock: { reason: 'id-card-revoked', since: ago(12 * DAY_MS), requestedBy: 'Công an tỉnh Hà Tĩnh' },
      biometrics: level1,
      devices: [],
    },
  ];
}
