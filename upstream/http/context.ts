import type { Context } from 'hono';

/** What the signature check hands to the routes, so no route reads the body stream a second time. */
export interface UpstreamEnv {
  Variables: {
    /** The raw body, read once under the size limit. */
    bodyBytes: Uint8Array;
    kioskId: string;
    /** The request body exactly as signed, decoded as UTF-8. */
    bodyText: string;
  };
}

export type UpstreamContext = Context<UpstreamEnv>;
