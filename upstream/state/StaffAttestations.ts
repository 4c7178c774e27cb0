/** A staff member's word that they checked the citizen's physical ID card (DESIGN §2). */
export interface StaffAttestation {
  idNumber: string;
  staffId: string;
  kioskId: string;
  at: string;
}

/** Every staff attestation, kept as a record: who vouched for whom, where and when. */
export class StaffAttestations {
  readonly #records: StaffAttestation[];

  constructor(records: readonly StaffAttestation[] = []) {
    this.#records = records.map((record) => ({ ...record }));
  }

  record(attestation: StaffAttestation): void {
    this.#records.push({ ...attestation });
  }

  list(): StaffAttestation[] {
    return this.#records.map((record) => ({ ...record }));
  }
}
