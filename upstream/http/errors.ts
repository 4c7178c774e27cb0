import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { UpstreamErrorBody } from '../../shared/upstream/api.js';

/** Every non-2xx answer has the same `{ code, message }` body, so the kiosk maps codes, never prose. */
export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Response {
  const body: UpstreamErrorBody = { code, message };
  return c.json(body, status);
}
