import { describe, expect, it } from 'vitest';
import {
  sha256Hex,
  signatureFor,
  signatureMatches,
  signRequest,
} from '../../../shared/upstream/requestSigner.js';

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

  it('signs the canonical request with HMAC-SHA256 of the kiosk secret', async () => {
    expect(await signatureFor('demo-secret-change-me', request)).toBe(EXPECTED_SIGNATURE);
  });

  it('hashes the body as UTF-8, the same from text or from bytes', async () => {
    // printf 'Nguyễn' | sha256sum
    const expected = '96e18fed42170e988ee463985d106cbdac396a3bb61e75d8f0834ec9f4fb534b';
    expect(await sha256Hex('Nguyễn')).toBe(expected);
    expect(await sha256Hex(new TextEncoder().encode('Nguyễn'))).toBe(expected);
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('puts the kiosk id, timestamp, nonce and signature in the headers', async () => {
    const headers = await signRequest({ kioskId: 'KIOSK-DEMO-01', secret: 'demo-secret-change-me' }, request);
    expect(headers).toEqual({
      'x-kiosk-id': 'KIOSK-DEMO-01',
      'x-timestamp': '1700000000000',
      'x-nonce': 'abc123',
      'x-signature': EXPECTED_SIGNATURE,
    });
  });

  it('changes the signature when any signed part changes', async () => {
    const base = await signatureFor('s', request);
    expect(await signatureFor('s', { ...request, body: '{"changes":[1]}' })).not.toBe(base);
    expect(await signatureFor('s', { ...request, path: '/v1/otp' })).not.toBe(base);
    expect(await signatureFor('s', { ...request, nonce: 'abc124' })).not.toBe(base);
    expect(await signatureFor('s', { ...request, timestampMs: request.timestampMs + 1 })).not.toBe(base);
    expect(await signatureFor('t', request)).not.toBe(base);
  });

  it('draws a fresh 128-bit nonce for each request when none is given', async () => {
    const credentials = { kioskId: 'K', secret: 's' };
    const unsigned = {
      method: request.method,
      path: request.path,
      body: request.body,
      timestampMs: request.timestampMs,
    };
    const a = await signRequest(credentials, unsigned);
    const b = await signRequest(credentials, unsigned);
    expect(a['x-nonce']).toMatch(/^[0-9a-f]{32}$/);
    expect(a['x-nonce']).not.toBe(b['x-nonce']);
  });

  it('accepts the right signature and refuses a wrong, malformed or differently spelt one', async () => {
    const secret = 'demo-secret-change-me';
    const lastFlipped = EXPECTED_SIGNATURE.replace(/.$/, EXPECTED_SIGNATURE.endsWith('0') ? '1' : '0');
    expect(await signatureMatches(secret, request, EXPECTED_SIGNATURE)).toBe(true);
    expect(await signatureMatches(secret, request, lastFlipped)).toBe(false);
    expect(await signatureMatches('other-secret', request, EXPECTED_SIGNATURE)).toBe(false);
    expect(await signatureMatches(secret, { ...request, nonce: 'abc124' }, EXPECTED_SIGNATURE)).toBe(false);
    expect(await signatureMatches(secret, request, 'zz')).toBe(false);
    expect(await signatureMatches(secret, request, EXPECTED_SIGNATURE.slice(2))).toBe(false);
    expect(await signatureMatches(secret, request, EXPECTED_SIGNATURE.toUpperCase())).toBe(false);
  });
});

const EXPECTED_SIGNATURE = '65346c0a9b6e7857f9fdbf76d959842e8269e6810109dde60baa5dbde622c2e0';
