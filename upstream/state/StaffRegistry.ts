import type { StaffRole } from '../../shared/domain/staffRole.js';

/** A staff member a kiosk registered: only they may attest a citizen from that kiosk. */
export interface RegisteredStaff {
  kioskId: string;
  staffId: string;
  displayName: string;
  role: StaffRole;
  registeredAt: string;
}

export type StaffDetails = Pick<RegisteredStaff, 'staffId' | 'displayName' | 'role'>;

/** A staff member a service knows from its start, as if their kiosk had registered them then. */
export type StaffSeed = StaffDetails & { kioskId: string };

/**
 * The staff each kiosk registered (POST /v1/staff). A staff ID belongs to its kiosk: CB01 of one
 * commune is not CB01 of another, so the same ID registered by two kiosks is two people.
 */
export class StaffRegistry {
  readonly #byKey = new Map<string, RegisteredStaff>();

  constructor(records: readonly RegisteredStaff[] = []) {
    for (const record of records) this.#byKey.set(keyOf(record.kioskId, record.staffId), { ...record });
  }

  /**
   * Registers the member, or answers as the first time for one already registered: the same
   * `registeredAt`, with the name and role the kiosk sends now.
   */
  register(kioskId: string, details: StaffDetails, at: string): RegisteredStaff {
    const key = keyOf(kioskId, details.staffId);
    const known = this.#byKey.get(key);
    const registered: RegisteredStaff = { kioskId, ...details, registeredAt: known?.registeredAt ?? at };
    this.#byKey.set(key, registered);
    return { ...registered };
  }

  isRegistered(kioskId: string, staffId: string): boolean {
    return this.#byKey.has(keyOf(kioskId, staffId));
  }

  list(): RegisteredStaff[] {
    return [...this.#byKey.values()].map((record) => ({ ...record }));
  }
}

function keyOf(kioskId: string, staffId: string): string {
  return `${kioskId}\n${staffId}`;
}
