import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';

/** What the signature check hands to the routes, so no route reads the body stream a second time. */
export interface UpstreamEnv {
  /** Present when served by Node's http server; absent when the app is called in-process. */
  Bindings: Partial<HttpBindings>;
  Variables: {
    /** The raw body, read once under the size limit. */
    bodyBytes: Uint8Array;
    kioskId: string;
    /** The request body exactly as signed, decoded as UTF-8. */
    bodyText: string;
  };
}

export type UpstreamContext = Context<UpstreamEnv>;

/** The connection under the request, for the faults that cut it; undefined in-process. */
export function socketOf(c: UpstreamContext): HttpBindings['incoming']['socket'] | undefined {
  // c.env is undefined when the app is called as app.request() without bindings.
  const env = c.env as Partial<HttpBindings> | undefined;
  return env?.incoming?.socket;
}
