import type { IdentityLedger } from '../state/IdentityLedger.js';

/** What every route needs from the service; one object so routes stay testable in isolation. */
export interface RouteDeps {
  ledger: IdentityLedger;
  now: () => number;
  /** The passcode registered for an account. */
  passcodeFor: (idNumber: string) => string;
}
