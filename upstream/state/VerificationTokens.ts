import { createHash, randomBytes } from 'node:crypto';
import type { VerificationMethod } from '../../shared/domain/change.js';
import { EVIDENCE_GRACE_MS, type TokenFacts } from '../rules/evidenceRule.js';

/** How long a token opens the account for reading, per method; all 15 minutes for now. */
export const TOKEN_TTL_MS: Readonly<Record<VerificationMethod, number>> = Object.freeze({
  passcode: 15 * 60 * 1000,
  otp: 15 * 60 * 1000,
  staff: 15 * 60 * 1000,
});

/** A token as the service keeps it: by its hash, so the data file holds no usable bearer token. */
export interface StoredToken extends TokenFacts {
  tokenHash: string;
  kioskId: string;
  /** Who checked the physical card, for a staff-attested token. */
  staffId?: string | undefined;
  issuedAtMs: number;
}

export interface VerificationToken extends StoredToken {
  token: string;
}

export interface TokenGrant {
  idNumber: string;
  method: VerificationMethod;
  kioskId: string;
  staffId?: string;
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens this service issued. Kept until they can no longer serve as evidence, then forgotten. */
export class VerificationTokens {
  readonly #byHash = new Map<string, StoredToken>();

  constructor(stored: readonly StoredToken[] = []) {
    for (const token of stored) this.#byHash.set(token.tokenHash, { ...token });
  }

  issue(grant: TokenGrant, nowMs: number): VerificationToken {
    this.#forgetStale(nowMs);
    const token = `vt_${randomBytes(32).toString('base64url')}`;
    const stored: StoredToken = {
      tokenHash: hashOf(token),
      idNumber: grant.idNumber,
      method: grant.method,
      kioskId: grant.kioskId,
      ...(grant.staffId === undefined ? {} : { staffId: grant.staffId }),
      issuedAtMs: nowMs,
      expiresAtMs: nowMs + TOKEN_TTL_MS[grant.method],
    };
    this.#byHash.set(stored.tokenHash, stored);
    return { ...stored, token };
  }

  find(token: string): StoredToken | undefined {
    const stored = this.#byHash.get(hashOf(token));
    return stored === undefined ? undefined : { ...stored };
  }

  get size(): number {
    return this.#byHash.size;
  }

  stored(): StoredToken[] {
    return [...this.#byHash.values()].map((token) => ({ ...token }));
  }

  #forgetStale(nowMs: number): void {
    // A full scan: lifetimes differ per method, so issue order is not expiry order.
    for (const [hash, issued] of this.#byHash) {
      if (nowMs > issued.expiresAtMs + EVIDENCE_GRACE_MS) this.#byHash.delete(hash);
    }
  }
}
