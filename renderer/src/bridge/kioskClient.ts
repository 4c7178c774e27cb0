import type {
  KioskEventName,
  KioskEventPayload,
  KioskMethod,
  MethodArgs,
  MethodResult,
} from '../../../shared/ipc/contract.js';
import type { ClientErrorCode } from '../../../shared/ipc/clientErrors.js';

// The codes live in shared/ so that every catalogue must have words for them.
export { rendererErrorCodes } from '../../../shared/ipc/clientErrors.js';
export type { ClientErrorCode, RendererErrorCode } from '../../../shared/ipc/clientErrors.js';

export interface ClientError {
  code: ClientErrorCode;
  message: string;
}

export type ClientResponse<T> = { ok: true; value: T } | { ok: false; error: ClientError };

/**
 * The bridge as the screens use it: the same shape as `KioskBridge`, widened by the renderer's
 * own error codes. `window.kiosk` fits this interface as it is.
 */
export interface KioskClient {
  invoke<M extends KioskMethod>(method: M, args: MethodArgs<M>): Promise<ClientResponse<MethodResult<M>>>;
  on<E extends KioskEventName>(event: E, listener: (payload: KioskEventPayload<E>) => void): () => void;
}

export function clientError(code: ClientErrorCode, message: string): { ok: false; error: ClientError } {
  return { ok: false, error: { code, message } };
}
