import { kioskMethods, isKioskMethod } from '../../../shared/ipc/contract.js';
import type { KioskMethod, MethodResult } from '../../../shared/ipc/contract.js';
import { KioskError, KioskErrorShape } from '../../../shared/ipc/errors.js';
import type { InvokeResponse } from '../../../shared/ipc/errors.js';
import type { z } from 'zod';

export type ParsedArgs<M extends KioskMethod> = z.output<(typeof kioskMethods)[M]['args']>;

export type KioskHandlers = {
  [M in KioskMethod]: (args: ParsedArgs<M>) => Promise<MethodResult<M>>;
};

export interface HandlerTable {
  /** Never throws: whatever comes in over IPC or HTTP, the answer is a result or `{ code, message, details? }`. */
  invoke(method: unknown, args: unknown): Promise<InvokeResponse<unknown>>;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(args)'}: ${issue.message}`)
    .join('; ');
}

export interface HandlerTableOptions {
  /**
   * Asked before anything else about a known method: an error refuses the call unseen by its
   * handler (while first-run setup is not complete: SETUP_REQUIRED).
   */
  refuse?: (method: KioskMethod) => KioskError | undefined;
}

export function createHandlerTable(handlers: KioskHandlers, options: HandlerTableOptions = {}): HandlerTable {
  return {
    async invoke(method, args) {
      if (!isKioskMethod(method)) {
        return {
          ok: false,
          error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(method).slice(0, 64)}` },
        };
      }
      const refusal = options.refuse?.(method);
      if (refusal !== undefined) return { ok: false, error: refusal.toShape() };
      const spec = kioskMethods[method];
      const parsedArgs = spec.args.safeParse(args ?? {});
      if (!parsedArgs.success) {
        return { ok: false, error: { code: 'BAD_ARGUMENTS', message: describeIssues(parsedArgs.error) } };
      }
      try {
        const handler = handlers[method] as (input: unknown) => Promise<unknown>;
        const value = await handler(parsedArgs.data);
        const parsedResult = spec.result.safeParse(value);
        if (!parsedResult.success) {
          console.error(
            `kiosk: ${method} produced a result outside its contract`,
            describeIssues(parsedResult.error),
          );
          return { ok: false, error: { code: 'INTERNAL', message: 'The kiosk produced an invalid answer.' } };
        }
        return { ok: true, value: parsedResult.data };
      } catch (error) {
        if (error instanceof KioskError) {
          // Details are checked like results: a screen must be able to trust them.
          const shape = KioskErrorShape.safeParse(error.toShape());
          if (shape.success) return { ok: false, error: shape.data };
          console.error(
            `kiosk: ${method} raised ${error.code} outside its contract`,
            describeIssues(shape.error),
          );
          return { ok: false, error: { code: 'INTERNAL', message: 'The kiosk produced an invalid error.' } };
        }
        console.error(`kiosk: ${method} failed`, error);
        return { ok: false, error: { code: 'INTERNAL', message: 'Unexpected error in the kiosk.' } };
      }
    },
  };
}
