import { z } from 'zod';
import { kioskEvents, kioskMethods } from '../../../shared/ipc/contract.js';
import type { KioskEventPayload, MethodResult } from '../../../shared/ipc/contract.js';
import { KioskErrorCode, KioskErrorShape } from '../../../shared/ipc/errors.js';
import { clientError, rendererErrorCodes } from './kioskClient';
import type { ClientResponse, KioskClient, RendererErrorCode } from './kioskClient';
import type { RawBridge } from './rawBridge';

const Envelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  }),
]);

const KnownCode = z.union([KioskErrorCode, z.enum(rendererErrorCodes)]);

/**
 * Nothing from a host is trusted until it matches the contract: results and events are parsed
 * with the shared zod schemas, and a failure to reach the host becomes an answer, never a throw.
 */
export function createKioskClient(raw: RawBridge): KioskClient {
  return {
    async invoke(method, args) {
      let answer: unknown;
      try {
        answer = await raw.invoke(method, args);
      } catch (error) {
        return clientError('KIOSK_UNREACHABLE', `${method} failed to reach the core: ${String(error)}`);
      }
      const envelope = Envelope.safeParse(answer);
      if (!envelope.success) return clientError('BAD_RESPONSE', `${method} answered outside the contract`);
      if (!envelope.data.ok) {
        const { code, message } = envelope.data.error;
        const typed = KioskErrorShape.safeParse(envelope.data.error);
        if (typed.success) return { ok: false, error: typed.data };
        const known = KnownCode.safeParse(code);
        if (known.success && !KioskErrorCode.safeParse(code).success) {
          return { ok: false, error: { code: known.data as RendererErrorCode, message } };
        }
        // An unknown code still means "not done"; keep the original for the logs. A known code
        // whose details do not match the contract is not trusted.
        return known.success
          ? clientError('BAD_RESPONSE', `${method} answered ${code} outside the contract: ${message}`)
          : clientError('INTERNAL', `${code}: ${message}`);
      }
      const result = kioskMethods[method].result.safeParse(envelope.data.value);
      if (!result.success) return clientError('BAD_RESPONSE', `${method} result failed validation`);
      return { ok: true, value: result.data } as ClientResponse<MethodResult<typeof method>>;
    },

    on(event, listener) {
      return raw.on(event, (payload) => {
        const parsed = kioskEvents[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as KioskEventPayload<typeof event>);
      });
    },
  };
}
