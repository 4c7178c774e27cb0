import type { MiddlewareHandler } from 'hono';
import type { UpstreamEnv } from './context.js';

/**
 * Holds the answer of every state-changing request until the state is on disk, so a kiosk is
 * never told "applied" about an effect a crash could still undo. GETs change nothing but the
 * nonce memory, which the next save carries; see upstream/README.md on replays across a crash.
 * A failed save throws, and the kiosk gets 500 and retries: the replay finds the stored result.
 */
export function saveBeforeAnswer(save: () => Promise<void>): MiddlewareHandler<UpstreamEnv> {
  return async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') await save();
  };
}
