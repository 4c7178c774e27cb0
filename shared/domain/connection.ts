/**
 * Whether the kiosk can reach the national system (issue 12 §3). `unknown` until the first
 * request answers (or fails): a kiosk that just started has not been told either way, and
 * must not greet every citizen with "offline". See `electron/core/sync/connectionWatch.ts`
 * for which answers count as which.
 */
export const connectionStates = ['unknown', 'online', 'offline'] as const;
export type ConnectionState = (typeof connectionStates)[number];
