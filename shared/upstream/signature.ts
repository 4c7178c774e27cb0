/**
 * The string a kiosk signs (DESIGN §4). Kept here so the kiosk's signer and the reference
 * service's verifier cannot disagree on it; the HMAC itself needs a crypto library and lives
 * on each side.
 */
export interface SignedRequestParts {
  method: string;
  /** Path with query string, as sent on the wire. */
  path: string;
  timestamp: string;
  nonce: string;
  bodySha256Hex: string;
}

export function canonicalRequest(parts: SignedRequestParts): string {
  return [parts.method.toUpperCase(), parts.path, parts.timestamp, parts.nonce, parts.bodySha256Hex].join(
    '\n',
  );
}
