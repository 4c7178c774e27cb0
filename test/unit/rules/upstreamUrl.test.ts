import { describe, expect, it } from 'vitest';
import { isLoopbackHost, upstreamUrlProblem } from '../../../shared/rules/upstreamUrl.js';

describe('the national system URL rule', () => {
  it.each(['https://dinhdanh.gov.vn', 'https://10.0.0.5:8443/api/', 'https://127.0.0.1:4100'])(
    'takes https in both modes: %s',
    (url) => {
      expect(upstreamUrlProblem(url, 'production')).toBeUndefined();
      expect(upstreamUrlProblem(url, 'demo')).toBeUndefined();
    },
  );

  it.each(['http://127.0.0.1:4100', 'http://127.8.9.10', 'http://localhost:80/x', 'http://[::1]:4100'])(
    'takes plain http to loopback in demo mode only: %s',
    (url) => {
      expect(upstreamUrlProblem(url, 'demo')).toBeUndefined();
      expect(upstreamUrlProblem(url, 'production')).toEqual({ code: 'NOT_HTTPS', mode: 'production' });
    },
  );

  it.each([
    ['http://dinhdanh.gov.vn', 'dinhdanh.gov.vn'],
    ['http://10.0.0.5:4100', '10.0.0.5'],
    ['http://127.0.0.1.evil.example', '127.0.0.1.evil.example'],
    ['http://128.0.0.1', '128.0.0.1'],
  ])('refuses plain http to another machine even in demo mode: %s', (url, host) => {
    expect(upstreamUrlProblem(url, 'demo')).toEqual({ code: 'HTTP_NOT_LOOPBACK', host });
  });

  it.each(['ftp://127.0.0.1', 'https://user:pw@host.vn', 'dinhdanh.gov.vn', 'https://host:99999', ''])(
    'refuses what is not an http(s) URL: %s',
    (url) => {
      expect(upstreamUrlProblem(url, 'demo')).toEqual({ code: 'NOT_A_URL' });
    },
  );

  it('knows loopback hosts', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
  });
});
