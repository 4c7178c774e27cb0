import type { MiddlewareHandler } from 'hono';
import { MAX_CLOCK_SKEW_MS, upstreamHeaders, type UpstreamErrorCode } from '../../shared/upstream/api.js';
import { signatureMatches } from '../../shared/upstream/requestSigner.js';
import type { UpstreamContext, UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import type { NonceRegistry } from './NonceRegistry.js';

export interface KioskSignatureOptions {
  /** kioskId → shared secret. */
  kiosks: ReadonlyMap<string, string>;
  now: () => number;
  nonces: NonceRegistry;
}

export type SignatureFailureCode = Extract<
  UpstreamErrorCode,
  'MISSING_SIGNATURE' | 'UNKNOWN_KIOSK' | 'CLOCK_SKEW' | 'BAD_SIGNATURE' | 'NONCE_REPLAYED'
>;

/** Printable ASCII without spaces: the canonical string is newline-separated, so a part must not contain one. */
const NONCE_PATTERN = /^[\x21-\x7e]{1,128}$/;

// fatal: bytes that are not UTF-8 cannot be re-encoded to what was hashed; ignoreBOM keeps a
// leading BOM so decode→encode reproduces the exact bytes the kiosk signed.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Authenticates every /v1 request (DESIGN §4). The checks run cheapest first, and the nonce is
 * recorded only once the signature is good, so a forger cannot burn a kiosk's nonces.
 */
export function verifyKioskSignature(options: KioskSignatureOptions): MiddlewareHandler<UpstreamEnv> {
  return async (c, next) => {
    const kioskId = c.req.header(upstreamHeaders.kioskId);
    const timestamp = c.req.header(upstreamHeaders.timestamp);
    const nonce = c.req.header(upstreamHeaders.nonce);
    const signature = c.req.header(upstreamHeaders.signature);
    if (!kioskId || !timestamp || !nonce || !signature) {
      return refuse(
        c,
        'MISSING_SIGNATURE',
        'The request is not signed: kiosk id, timestamp, nonce or signature missing.',
      );
    }
    const secret = options.kiosks.get(kioskId);
    if (secret === undefined) return refuse(c, 'UNKNOWN_KIOSK', 'This kiosk is not registered.');

    const timestampMs = Number(timestamp);
    // The signer writes String(timestampMs); any other spelling could not have been signed.
    if (!Number.isSafeInteger(timestampMs) || String(timestampMs) !== timestamp) {
      return refuse(c, 'BAD_SIGNATURE', 'The timestamp must be milliseconds since the epoch.');
    }
    const nowMs = options.now();
    if (Math.abs(nowMs - timestampMs) > MAX_CLOCK_SKEW_MS) {
      return refuse(
        c,
        'CLOCK_SKEW',
        'The kiosk clock differs from the service clock by more than 5 minutes.',
      );
    }
    if (!NONCE_PATTERN.test(nonce)) return refuse(c, 'BAD_SIGNATURE', 'The nonce is malformed.');

    let bodyText: string;
    try {
      bodyText = utf8.decode(c.get('bodyBytes'));
    } catch {
      return errorResponse(c, 400, 'BAD_REQUEST', 'The body is not UTF-8 text.');
    }
    const url = new URL(c.req.url);
    const signed = {
      method: c.req.method,
      path: `${url.pathname}${url.search}`,
      body: bodyText,
      timestampMs,
      nonce,
    };
    if (!(await signatureMatches(secret, signed, signature))) {
      return refuse(c, 'BAD_SIGNATURE', 'The signature does not match the request.');
    }
    if (!options.nonces.claim(kioskId, nonce, timestampMs, nowMs)) {
      return refuse(c, 'NONCE_REPLAYED', 'This nonce was already used.');
    }
    c.set('kioskId', kioskId);
    c.set('bodyText', bodyText);
    await next();
    return undefined;
  };
}

function refuse(c: UpstreamContext, code: SignatureFailureCode, message: string): Response {
  return errorResponse(c, 401, code, message);
}
