import type { z } from 'zod';

type MethodSpecs = Record<string, { args: z.ZodType; result: z.ZodType }>;

/** The handlers of one domain's methods, typed from that domain's part of the contract. */
export type HandlersFor<T extends MethodSpecs> = {
  [M in keyof T]: (args: z.output<T[M]['args']>) => Promise<z.output<T[M]['result']>>;
};
