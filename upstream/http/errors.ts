import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { UpstreamErrorBody, UpstreamErrorCode } from '../../shared/upstream/api.js';

/** Codes of the development and admin endpoints, which are not part of the kiosk's contract. */
export type LocalEndpointErrorCode =
  'OTP_NOT_SENT' | 'ADMIN_TOKEN_REQUIRED' | 'LOOPBACK_ONLY' | 'REVIEW_NOT_FOUND' | 'REVIEW_ALREADY_DECIDED';

/** Every non-2xx answer has the same `{ code, message }` body, so the kiosk maps codes, never prose. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: UpstreamErrorCode | LocalEndpointErrorCode,
  message: string,
): Response {
  const body: UpstreamErrorBody = { code, message };
  return c.json(body, status);
}

/** Retry-After in whole seconds, at least 1, so a client never retries in a busy loop. */
export function setRetryAfter(c: Context, waitMs: number): void {
  c.header('Retry-After', String(Math.max(1, Math.ceil(waitMs / 1000))));
}
