import { upstreamHeaders } from './api.js';
import { bytesToHex, hexToBytes } from './hex.js';
import { canonicalRequest } from './signature.js';
import { utf8Bytes, webCrypto } from './webCrypto.js';
import type { CryptoKeyHandle } from './webCrypto.js';

/**
 * DESIGN §4's request signature, for both peers: the kiosk signs with it and the reference
 * service verifies with it, so neither imports the other. WebCrypto keeps it free of Node, and
 * makes it asynchronous.
 */
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

const HMAC_SHA256 = { name: 'HMAC', hash: 'SHA-256' } as const;
const SIGNATURE_HEX = /^[0-9a-f]{64}$/;

export async function sha256Hex(body: string | Uint8Array): Promise<string> {
  const bytes = typeof body === 'string' ? utf8Bytes(body) : body;
  return bytesToHex(new Uint8Array(await webCrypto().subtle.digest('SHA-256', bytes)));
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKeyHandle> {
  return webCrypto().subtle.importKey('raw', utf8Bytes(secret), HMAC_SHA256, false, [usage]);
}

async function canonicalBytes(request: Required<RequestToSign>): Promise<Uint8Array> {
  return utf8Bytes(
    canonicalRequest({
      method: request.method,
      path: request.path,
      timestamp: String(request.timestampMs),
      nonce: request.nonce,
      bodySha256Hex: await sha256Hex(request.body),
    }),
  );
}

/** Hex HMAC-SHA256 of the kiosk's secret over the canonical request. */
export async function signatureFor(secret: string, request: Required<RequestToSign>): Promise<string> {
  const [key, data] = await Promise.all([hmacKey(secret, 'sign'), canonicalBytes(request)]);
  return bytesToHex(new Uint8Array(await webCrypto().subtle.sign('HMAC', key, data)));
}

/** The four headers DESIGN §4 asks for on every kiosk request. */
export async function signRequest(
  credentials: KioskCredentials,
  request: RequestToSign,
): Promise<Record<string, string>> {
  const nonce = request.nonce ?? bytesToHex(webCrypto().getRandomValues(new Uint8Array(16)));
  const signature = await signatureFor(credentials.secret, { ...request, nonce });
  return {
    [upstreamHeaders.kioskId]: credentials.kioskId,
    [upstreamHeaders.timestamp]: String(request.timestampMs),
    [upstreamHeaders.nonce]: nonce,
    [upstreamHeaders.signature]: signature,
  };
}

/**
 * Whether `givenHex` is the request's signature. The comparison is WebCrypto's HMAC verify,
 * which takes the same time wherever the two differ, so a forger learns nothing byte by byte.
 */
export async function signatureMatches(
  secret: string,
  request: Required<RequestToSign>,
  givenHex: string,
): Promise<boolean> {
  const given = SIGNATURE_HEX.test(givenHex) ? hexToBytes(givenHex) : undefined;
  if (given === undefined) return false;
  const [key, data] = await Promise.all([hmacKey(secret, 'verify'), canonicalBytes(request)]);
  return webCrypto().subtle.verify('HMAC', key, given, data);
}
