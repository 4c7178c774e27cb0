import type { IdentityLedger } from '../state/IdentityLedger.js';

/** What every route needs from the service; one object so routes stay testable in isolation. */
export interface RouteDeps {
  ledger: IdentityLedger;
  /** Business time (see ServiceClock). */
  now: () => number;
  /** The passcode registered for an account. */
  passcodeFor: (idNumber: string) => string;
  /** One line per event worth a developer's eye, such as an OTP "sent" by SMS. */
  log: (line: string) => void;
}
