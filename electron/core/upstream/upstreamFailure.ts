/**
 * Why a call to the national system did not give a usable answer:
 * - `unreachable`: no answer at all (refused or dropped connection, DNS, a lost response);
 * - `timeout`: no complete answer in time;
 * - `malformed`: an answer that is not the national system's (a proxy page, a cut body, a
 *   batch answer missing results);
 * - `unavailable`: 5xx; `rate-limited`: 429;
 * - `refused`: any other 4xx: the request itself is wrong (signature, clock, body), so sending
 *   it again unchanged will not help and staff must look.
 */
export type UpstreamFailureKind =
  'unreachable' | 'timeout' | 'malformed' | 'unavailable' | 'rate-limited' | 'refused';

export interface UpstreamFailureDetails {
  status?: number;
  /** The `code` of the national system's error body, when it sent one. */
  upstreamCode?: string;
  /** From Retry-After: the service asked the kiosk not to come back sooner. */
  retryAfterMs?: number;
  /** With a wrong passcode or OTP: wrong codes the ID may still get before it is locked. */
  attemptsLeft?: number;
  /** With VERIFICATION_LOCKED: when codes may be tried again (ISO instant). */
  lockedUntil?: string;
  /**
   * False only when the connection was never made (refused, no route, no such host): then no
   * byte of the request left the kiosk, and the service cannot have acted on it.
   */
  requestLeft?: boolean;
}

const retryableKinds: ReadonlySet<UpstreamFailureKind> = new Set([
  'unreachable',
  'timeout',
  'malformed',
  'unavailable',
  'rate-limited',
]);

/**
 * A failed call, as the upstream client sees it: the national system's own code and facts, and
 * what the sync engine needs to decide when to try again. It is not a contract error: the
 * handlers turn it into one in `handlers/upstreamErrors.ts`, the one place that maps codes.
 */
export class UpstreamFailure extends Error {
  readonly kind: UpstreamFailureKind;
  readonly status: number | undefined;
  readonly upstreamCode: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly attemptsLeft: number | undefined;
  readonly lockedUntil: string | undefined;
  readonly requestLeft: boolean;

  constructor(kind: UpstreamFailureKind, message: string, details: UpstreamFailureDetails = {}) {
    super(message);
    this.name = 'UpstreamFailure';
    this.kind = kind;
    this.status = details.status;
    this.upstreamCode = details.upstreamCode;
    this.retryAfterMs = details.retryAfterMs;
    this.attemptsLeft = details.attemptsLeft;
    this.lockedUntil = details.lockedUntil;
    this.requestLeft = details.requestLeft ?? true;
  }

  /** Worth sending again unchanged after a wait. */
  get retryable(): boolean {
    return retryableKinds.has(this.kind);
  }

  /**
   * Silence or ill health rather than an answer that asks the kiosk to hold off (429) or to
   * change its request (a refusal): any healthy answer later means it is over.
   */
  get serviceUnwell(): boolean {
    return this.retryable && this.kind !== 'rate-limited';
  }

  /** One line for staff: a refusal with its status ("401 BAD_SIGNATURE: …"), anything else as it came. */
  get forStaff(): string {
    return this.kind === 'refused' && this.status !== undefined
      ? `${this.status} ${this.message}`
      : this.message;
  }
}
