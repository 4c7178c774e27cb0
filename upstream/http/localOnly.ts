import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { socketOf, type UpstreamEnv } from './context.js';
import { errorResponse } from './errors.js';

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d{1,5})?$/i;

export interface LocalOnlyOptions {
  /** When set, callers must send `Authorization: Bearer <token>`. */
  token?: string;
}

/**
 * Guards the unsigned development and admin endpoints: the caller must be on this machine, and
 * the Host header must name loopback, so a web page on another origin cannot reach them through
 * DNS rebinding. In-process calls (app.request, no socket) are this process already.
 */
export function localOnly(options: LocalOnlyOptions = {}): MiddlewareHandler<UpstreamEnv> {
  const expected = options.token === undefined ? undefined : Buffer.from(options.token);
  return async (c, next) => {
    const remote = socketOf(c)?.remoteAddress;
    const host = c.req.header('host');
    const hostIsLocal = host === undefined ? socketOf(c) === undefined : LOOPBACK_HOST.test(host);
    if ((remote !== undefined && !LOOPBACK_ADDRESSES.has(remote)) || !hostIsLocal) {
      return errorResponse(c, 403, 'LOOPBACK_ONLY', 'This endpoint answers on loopback only.');
    }
    if (expected !== undefined) {
      const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return errorResponse(c, 401, 'ADMIN_TOKEN_REQUIRED', 'This endpoint needs the admin token.');
      }
    }
    await next();
    return undefined;
  };
}
