import type { KioskErrorCode } from './errors.js';

/**
 * Failures that happen between the screen and the core, so the core cannot report them itself.
 * They never cross the boundary; they only pick the words the citizen sees. They live in
 * shared/ because the catalogues (shared/i18n) must have words for each of them.
 */
export const rendererErrorCodes = [
  /** The kiosk service does not answer (web host stopped, network error, timeout). */
  'KIOSK_UNREACHABLE',
  /** The web host refused this page: missing or stale launch token, wrong origin. */
  'KIOSK_ACCESS_DENIED',
  /** The answer did not match the contract, so it is not trusted. */
  'BAD_RESPONSE',
] as const;
export type RendererErrorCode = (typeof rendererErrorCodes)[number];

/** Every code a screen can meet: the core's and the bridge's own. */
export type ClientErrorCode = KioskErrorCode | RendererErrorCode;
