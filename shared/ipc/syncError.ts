import { z } from 'zod';

/** Why the last attempt to send failed, as a code; the queue keeps the English line for staff. */
export const syncErrorCodes = [
  /** No connection could be made, or it dropped before an answer. */
  'UPSTREAM_UNREACHABLE',
  'UPSTREAM_TIMEOUT',
  /** An answer that is not the national system's (a proxy page, results missing). */
  'UPSTREAM_MALFORMED',
  /** 5xx. */
  'UPSTREAM_UNAVAILABLE',
  /** 429: the service asked the kiosk to hold off. */
  'UPSTREAM_RATE_LIMITED',
  /** Any other 4xx (signature, clock, body): resending unchanged will not help; staff must look. */
  'UPSTREAM_REFUSED',
  /** The kiosk's own trouble, e.g. a store that could not write. */
  'KIOSK_FAILURE',
] as const;
export const SyncErrorCode = z.enum(syncErrorCodes);
export type SyncErrorCode = z.infer<typeof SyncErrorCode>;

export const SyncError = z
  .object({
    code: SyncErrorCode,
    details: z
      .object({
        /** The HTTP status the national system answered with. */
        status: z.number().int().min(100).max(599).optional(),
        /** The code of the national system's error body, e.g. BAD_SIGNATURE. */
        upstreamCode: z.string().max(64).optional(),
        /** The wait the national system asked for (Retry-After). */
        retryAfterSeconds: z.number().int().nonnegative().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type SyncError = z.infer<typeof SyncError>;
