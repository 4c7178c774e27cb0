import type {
  KioskEventName,
  KioskEventPayload,
  KioskMethod,
  MethodArgs,
  MethodResult,
} from '../../../shared/ipc/contract.js';
import type { KioskErrorCode, KioskErrorShape, PlainKioskErrorCode } from '../../../shared/ipc/errors.js';

/**
 * Failures that happen between the screen and the core, so the core cannot report them itself.
 * They never cross the boundary; they only pick the Vietnamese text the citizen sees.
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

export type ClientErrorCode = KioskErrorCode | RendererErrorCode;

/**
 * The core's errors as the contract types them (`details` per code), or one of the renderer's
 * own, which carry no details. Screens choose their words from `code` and `details`; `message`
 * is for logs.
 */
export type ClientError = KioskErrorShape | { code: RendererErrorCode; message: string };

export type ClientResponse<T> = { ok: true; value: T } | { ok: false; error: ClientError };

/**
 * The bridge as the screens use it: the same shape as `KioskBridge`, widened by the renderer's
 * own error codes. `window.kiosk` fits this interface as it is.
 */
export interface KioskClient {
  invoke<M extends KioskMethod>(method: M, args: MethodArgs<M>): Promise<ClientResponse<MethodResult<M>>>;
  on<E extends KioskEventName>(event: E, listener: (payload: KioskEventPayload<E>) => void): () => void;
}

/** An error made on this side of the boundary: never one whose code carries details. */
export function clientError(
  code: RendererErrorCode | PlainKioskErrorCode,
  message: string,
): { ok: false; error: ClientError } {
  return { ok: false, error: { code, message } };
}
