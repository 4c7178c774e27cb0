import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { canonicalRequest } from '../../../shared/upstream/signature.js';
import { upstreamHeaders } from '../../../shared/upstream/api.js';

export interface KioskCredentials {
  kioskId: string;
  secret: string;
}

export interface RequestToSign {
  method: string;
  /** Path with query string, exactly as sent. */
  path: string;
  body: string;
  timestampMs: number;
  nonce?: string;
}

export function sha256Hex(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

export function signatureFor(secret: string, request: Required<RequestToSign>): string {
  const canonical = canonicalRequest({
    method: request.method,
    path: request.path,
    timestamp: String(request.timestampMs),
    nonce: request.nonce,
    bodySha256Hex: sha256Hex(request.body),
  });
  return createHmac('sha256', secret).update(canonical).digest('hex');
}

/** The four headers DESIGN §4 asks for on every kiosk request. */
export function signRequest(credentials: KioskCredentials, request: RequestToSign): Record<string, string> {
  const nonce = request.nonce ?? randomBytes(16).toString('hex');
  const signature = signatureFor(credentials.secret, { ...request, nonce });
  return {
    [upstreamHeaders.kioskId]: credentials.kioskId,
    [upstreamHeaders.timestamp]: String(request.timestampMs),
    [upstreamHeaders.nonce]: nonce,
    [upstreamHeaders.signature]: signature,
  };
}

/** Constant-time comparison of two hex signatures. */
export function signaturesMatch(expectedHex: string, givenHex: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(givenHex)) return false;
  return timingSafeEqual(Buffer.from(expectedHex, 'hex'), Buffer.from(givenHex, 'hex'));
}
