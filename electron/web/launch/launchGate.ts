import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type LaunchRefusalCode = 'BAD_LAUNCH_CODE' | 'LAUNCH_CODE_USED' | 'LAUNCH_CODE_EXPIRED';

export type LaunchExchange =
  { ok: true; session: string; label: string } | { ok: false; code: LaunchRefusalCode };

interface PendingCode {
  label: string;
  /** Epoch ms after which the code is dead; absent: valid until its first use. */
  expiresAt?: number;
}

/** 256 bits: neither a code nor a session can be guessed in the life of a kiosk. */
const SECRET_BYTES = 32;
/** Dead codes are remembered only to name the refusal; the oldest are forgotten first. */
const REMEMBERED_DEAD_CODES = 256;
const CODE_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

export function isLaunchCodeShape(code: string): boolean {
  return CODE_SHAPE.test(code);
}

/** Codes are kept by digest: the host never holds a live code it could leak in a dump or log. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * The web host's door: single-use launch codes, each exchanged once for the one kiosk session.
 * The kiosk has one window, so a new exchange replaces the session before it (the old window's
 * calls are refused from then on). A refused exchange changes nothing.
 */
export class LaunchGate {
  private readonly pending = new Map<string, PendingCode>();
  private readonly dead = new Map<string, 'used' | 'expired'>();
  private session: Buffer | undefined;
  private readonly now: () => number;

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? Date.now;
  }

  /**
   * A new code. `code` fixes it (tests, through KIOSK_LAUNCH_CODE); `ttlMs` makes it die that
   * long after now if unused. `label` names it in the host's log, never the code itself.
   */
  mint(options: { label: string; ttlMs?: number | undefined; code?: string | undefined }): {
    code: string;
    expiresAt?: number;
  } {
    this.forgetExpired();
    const code = options.code ?? randomBytes(SECRET_BYTES).toString('base64url');
    if (!isLaunchCodeShape(code)) throw new RangeError('A launch code is 16–128 of A–Z, a–z, 0–9, - and _.');
    const entry: PendingCode = { label: options.label };
    if (options.ttlMs !== undefined) entry.expiresAt = this.now() + options.ttlMs;
    this.pending.set(digest(code).toString('hex'), entry);
    return { code, ...(entry.expiresAt === undefined ? {} : { expiresAt: entry.expiresAt }) };
  }

  exchange(code: string | null): LaunchExchange {
    if (code === null || !isLaunchCodeShape(code)) return { ok: false, code: 'BAD_LAUNCH_CODE' };
    const key = digest(code).toString('hex');
    const entry = this.pending.get(key);
    if (entry === undefined) {
      const death = this.dead.get(key);
      if (death === 'used') return { ok: false, code: 'LAUNCH_CODE_USED' };
      if (death === 'expired') return { ok: false, code: 'LAUNCH_CODE_EXPIRED' };
      return { ok: false, code: 'BAD_LAUNCH_CODE' };
    }
    this.pending.delete(key);
    if (entry.expiresAt !== undefined && this.now() >= entry.expiresAt) {
      this.remember(key, 'expired');
      return { ok: false, code: 'LAUNCH_CODE_EXPIRED' };
    }
    this.remember(key, 'used');
    const session = randomBytes(SECRET_BYTES).toString('base64url');
    this.session = digest(session);
    return { ok: true, session, label: entry.label };
  }

  /** Whether `session` is the current session's value (constant time). */
  admits(session: string | undefined): boolean {
    if (this.session === undefined || session === undefined) return false;
    return timingSafeEqual(digest(session), this.session);
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.pending)
      if (entry.expiresAt !== undefined && now >= entry.expiresAt) {
        this.pending.delete(key);
        this.remember(key, 'expired');
      }
  }

  private remember(key: string, death: 'used' | 'expired'): void {
    this.dead.set(key, death);
    if (this.dead.size > REMEMBERED_DEAD_CODES) {
      const oldest = this.dead.keys().next();
      if (oldest.done !== true) this.dead.delete(oldest.value);
    }
  }
}
