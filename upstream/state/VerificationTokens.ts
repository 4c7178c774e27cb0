import { randomBytes } from 'node:crypto';
import type { VerificationMethod } from '../../shared/domain/change.js';
import { EVIDENCE_GRACE_MS, type TokenFacts } from '../rules/evidenceRule.js';

export const TOKEN_TTL_MS = 15 * 60 * 1000;

export interface VerificationToken extends TokenFacts {
  token: string;
  kioskId: string;
  staffId?: string;
  issuedAtMs: number;
}

/** Tokens this service issued. Kept until they can no longer serve as evidence, then forgotten. */
export class VerificationTokens {
  readonly #byToken = new Map<string, VerificationToken>();

  issue(
    grant: { idNumber: string; method: VerificationMethod; kioskId: string; staffId?: string },
    nowMs: number,
  ): VerificationToken {
    this.#forgetStale(nowMs);
    const issued: VerificationToken = {
      token: `vt_${randomBytes(32).toString('base64url')}`,
      idNumber: grant.idNumber,
      method: grant.method,
      kioskId: grant.kioskId,
      ...(grant.staffId === undefined ? {} : { staffId: grant.staffId }),
      issuedAtMs: nowMs,
      expiresAtMs: nowMs + TOKEN_TTL_MS,
    };
    this.#byToken.set(issued.token, issued);
    return issued;
  }

  find(token: string): VerificationToken | undefined {
    return this.#byToken.get(token);
  }

  get size(): number {
    return this.#byToken.size;
  }

  #forgetStale(nowMs: number): void {
    // Tokens are issued in clock order, so the oldest come first and the scan stops early.
    for (const [token, issued] of this.#byToken) {
      if (nowMs <= issued.expiresAtMs + EVIDENCE_GRACE_MS) break;
      this.#byToken.delete(token);
    }
  }
}
