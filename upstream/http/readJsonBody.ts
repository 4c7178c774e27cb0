import type { z } from 'zod';
import type { UpstreamContext } from './context.js';
import { errorResponse } from './errors.js';

export type BodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

const MAX_ISSUES_REPORTED = 5;

/**
 * Parses the signed body against a strict schema. Validation happens before any route touches
 * state, so a refused body can never leave a change half-applied.
 */
export function readJsonBody<T>(c: UpstreamContext, schema: z.ZodType<T>): BodyResult<T> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return {
      ok: false,
      response: errorResponse(c, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The body must be application/json.'),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(c.get('bodyText'));
  } catch {
    return { ok: false, response: errorResponse(c, 400, 'BAD_REQUEST', 'The body is not valid JSON.') };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, MAX_ISSUES_REPORTED)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ');
    return { ok: false, response: errorResponse(c, 400, 'BAD_REQUEST', `The body was refused: ${issues}`) };
  }
  return { ok: true, value: parsed.data };
}
