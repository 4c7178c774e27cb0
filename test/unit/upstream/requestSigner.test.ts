import { describe, expect, it } from 'vitest';
import { signRequest, signaturesMatch, signatureFor } from '../../../electron/core/upstream/requestSigner.js';

describe('request signer', () => {
  // Fixed vector, computed independently with:
  //   printf 'POST\n/v1/changes\n1700000000000\nabc123\n<sha256 of body>' | openssl dgst -sha256 -hmac demo-secret-change-me
  const request = {
    method: 'post',
    path: '/v1/changes',
    body: '{"changes":[]}',
    timestampMs: 1_700_000_000_000,
    nonce: 'abc123',
  };

  it('signs the canonical request with HMAC-SHA256 of the kiosk secret', () => {
    expect(signatureFor('demo-secret-change-me', request)).toBe(EXPECTED_SIGNATURE);
  });

  it('puts the kiosk id, timestamp, nonce and signature in the headers', () => {
    const headers = signRequest({ kioskId: 'KIOSK-DEMO-01', secret: 'demo-secret-change-me' }, request);
    expect(headers).toEqual({
      'x-kiosk-id': 'KIOSK-DEMO-01',
      'x-timestamp': '1700000000000',
      'x-nonce': 'abc123',
      'x-signature': EXPECTED_SIGNATURE,
    });
  });

  it('changes the signature when any signed part changes', () => {
    const base = signatureFor('s', request);
    expect(signatureFor('s', { ...request, body: '{"changes":[1]}' })).not.toBe(base);
    expect(signatureFor('s', { ...request, path: '/v1/otp' })).not.toBe(base);
    expect(signatureFor('s', { ...request, nonce: 'abc124' })).not.toBe(base);
    expect(signatureFor('s', { ...request, timestampMs: request.timestampMs + 1 })).not.toBe(base);
    expect(signatureFor('t', request)).not.toBe(base);
  });

  it('draws a fresh nonce for each request when none is given', () => {
    const credentials = { kioskId: 'K', secret: 's' };
    const a = signRequest(credentials, { ...request, nonce: undefined });
    const b = signRequest(credentials, { ...request, nonce: undefined });
    expect(a['x-nonce']).not.toBe(b['x-nonce']);
  });

  it('compares signatures only when they are well-formed hex', () => {
    const good = signatureFor('s', request);
    expect(signaturesMatch(good, good)).toBe(true);
    expect(signaturesMatch(good, good.replace(/.$/, good.endsWith('0') ? '1' : '0'))).toBe(false);
    expect(signaturesMatch(good, 'zz')).toBe(false);
  });
});

const EXPECTED_SIGNATURE = '65346c0a9b6e7857f9fdbf76d959842e8269e6810109dde60baa5dbde622c2e0';
