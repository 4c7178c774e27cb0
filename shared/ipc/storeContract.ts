import { z } from 'zod';
import { StoreNotice } from './storeNotice.js';

/** The notices still open, oldest first: a staff member has not acknowledged them yet. */
export const OpenStoreNotices = z.object({ notices: z.array(StoreNotice) }).strict();
export type OpenStoreNotices = z.infer<typeof OpenStoreNotices>;

/** The kiosk's own data, for staff only (a staff member must be signed in: `STAFF_REQUIRED`). */
export const storeMethods = {
  'store.notices': { args: z.object({}).strict(), result: OpenStoreNotices },
  /**
   * Records who acknowledged the notice (a store record and an audit entry) and answers the
   * notices still open. An id that names no open notice is `NOTICE_NOT_FOUND`.
   */
  'store.acknowledgeNotice': {
    args: z.object({ noticeId: z.string().min(1).max(80) }).strict(),
    result: OpenStoreNotices,
  },
} as const;

/** The open notices changed (raised or acknowledged): a staff screen asks `store.notices` again. */
export const StoreNoticesChanged = z.object({}).strict();
