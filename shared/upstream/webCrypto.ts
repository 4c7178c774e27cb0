/**
 * The part of WebCrypto the request signer uses. shared/ is compiled with neither Node's types
 * nor the DOM library, so the subset is named here instead of declared as a global, which
 * would clash with theirs where shared/ is compiled beside them. The objects themselves are
 * `globalThis.crypto` and `globalThis.TextEncoder`, present in Node 20 and in every browser.
 */
export interface CryptoKeyHandle {
  readonly type: string;
}

export interface HmacSha256 {
  name: 'HMAC';
  hash: 'SHA-256';
}

export interface SubtleCryptoSubset {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: HmacSha256,
    extractable: false,
    usages: readonly ('sign' | 'verify')[],
  ): Promise<CryptoKeyHandle>;
  sign(algorithm: 'HMAC', key: CryptoKeyHandle, data: Uint8Array): Promise<ArrayBuffer>;
  /** Compares in constant time: the platform's HMAC verify never stops at the first differing byte. */
  verify(algorithm: 'HMAC', key: CryptoKeyHandle, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

export interface WebCryptoSubset {
  readonly subtle: SubtleCryptoSubset;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

interface Utf8Encoder {
  encode(text: string): Uint8Array;
}

const host = globalThis as unknown as {
  crypto?: WebCryptoSubset;
  TextEncoder?: new () => Utf8Encoder;
};

export class WebCryptoUnavailableError extends Error {
  override readonly name = 'WebCryptoUnavailableError';
  readonly code = 'WEBCRYPTO_UNAVAILABLE';
}

export function webCrypto(): WebCryptoSubset {
  const crypto = host.crypto;
  if (crypto?.subtle === undefined) {
    throw new WebCryptoUnavailableError('This runtime has no WebCrypto (globalThis.crypto.subtle).');
  }
  return crypto;
}

let encoder: Utf8Encoder | undefined;

export function utf8Bytes(text: string): Uint8Array {
  if (encoder === undefined) {
    if (host.TextEncoder === undefined) {
      throw new WebCryptoUnavailableError('This runtime has no TextEncoder.');
    }
    encoder = new host.TextEncoder();
  }
  return encoder.encode(text);
}
