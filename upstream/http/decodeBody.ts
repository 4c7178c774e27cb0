import type { MiddlewareHandler } from 'hono';
import type { UpstreamEnv } from './context.js';
import { errorResponse } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** For unsigned endpoints: the body read by limitBody, as text for readJsonBody. */
export function decodeBody(): MiddlewareHandler<UpstreamEnv> {
  return async (c, next) => {
    try {
      c.set('bodyText', utf8.decode(c.get('bodyBytes')));
    } catch {
      return errorResponse(c, 400, 'BAD_REQUEST', 'The body is not UTF-8 text.');
    }
    await next();
    return undefined;
  };
}
