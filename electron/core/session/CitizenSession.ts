import type { Account } from '../../../shared/domain/account.js';
import type { ChangeEvidence, VerificationMethod } from '../../../shared/domain/change.js';
import { KioskError } from '../../../shared/ipc/errors.js';

export interface VerifiedCitizen {
  idNumber: string;
  method: VerificationMethod;
  token: string;
  verifiedAt: string;
  /** The account as last read; changes may only name devices the citizen was shown. */
  account: Account;
}

/**
 * The one citizen the kiosk is serving. Held in the core, never in the renderer: the upstream
 * token and the full ID number do not cross the process boundary.
 */
export class CitizenSession {
  #current: VerifiedCitizen | undefined;

  begin(citizen: VerifiedCitizen): void {
    this.#current = citizen;
  }

  require(): VerifiedCitizen {
    if (this.#current === undefined) {
      throw new KioskError('NO_SESSION', 'No citizen is identified on this kiosk.');
    }
    return this.#current;
  }

  refreshAccount(account: Account): void {
    const citizen = this.require();
    this.#current = { ...citizen, account };
  }

  evidence(): ChangeEvidence {
    const { method, verifiedAt, token } = this.require();
    return { method, verifiedAt, token };
  }

  end(): void {
    this.#current = undefined;
  }
}
