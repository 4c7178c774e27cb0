import type {
  KioskEventName,
  KioskEventPayload,
  KioskMethod,
  MethodArgs,
  MethodResult,
} from '../../../shared/ipc/contract.js';
import type { RendererErrorCode } from '../../../shared/ipc/clientErrors.js';
import type { KioskErrorShape, PlainKioskErrorCode } from '../../../shared/ipc/errors.js';

// The codes live in shared/ so that every catalogue must have words for them.
export { rendererErrorCodes } from '../../../shared/ipc/clientErrors.js';
export type { ClientErrorCode, RendererErrorCode } from '../../../shared/ipc/clientErrors.js';

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
  // Each code alone fits ClientError; TypeScript stops checking a union property member by
  // member beyond 25 members, so the whole is asserted.
  return { ok: false, error: { code, message } as ClientError };
}
