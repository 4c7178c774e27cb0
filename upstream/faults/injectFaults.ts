import { setTimeout as sleep } from 'node:timers/promises';
import type { MiddlewareHandler } from 'hono';
import type { UpstreamErrorCode } from '../../shared/upstream/api.js';
import { socketOf, type UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import type { FaultInjector } from './FaultInjector.js';
import type { FaultStatus } from './faultKnobs.js';

const codeFor: Record<FaultStatus, UpstreamErrorCode> = {
  500: 'INTERNAL',
  502: 'SERVICE_UNAVAILABLE',
  503: 'SERVICE_UNAVAILABLE',
  504: 'SERVICE_UNAVAILABLE',
  429: 'RATE_LIMITED',
};

/**
 * The outermost `/v1` middleware. Latency, drops and errors come before the body is read and
 * before the signature check, so an injected fault never has an effect, not even a used nonce.
 * A lost answer comes last, after the batch was applied and saved by the inner middleware.
 * Cutting a connection needs a socket, so in-process calls (app.request) only see latency and errors.
 */
export function injectFaults(faults: FaultInjector): MiddlewareHandler<UpstreamEnv> {
  return async (c, next) => {
    const plan = faults.planRequest();
    if (plan.delayMs > 0) await sleep(plan.delayMs);
    const { action } = plan;
    if (action.kind === 'drop') {
      const socket = socketOf(c);
      if (socket !== undefined) {
        socket.destroy();
        // Never written: the socket is gone. Hono needs a response all the same.
        return c.body(null, 503);
      }
    }
    if (action.kind === 'error') {
      c.header('Retry-After', String(action.retryAfterSeconds));
      return errorResponse(c, action.status, codeFor[action.status], 'Injected fault: try again later.');
    }
    await next();
    if (c.req.method === 'POST' && c.req.path === '/v1/changes' && c.res.status === 200) {
      const socket = socketOf(c);
      if (socket !== undefined && faults.loseResponse()) socket.destroy();
    }
    return undefined;
  };
}
