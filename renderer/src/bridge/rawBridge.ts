/**
 * What a host hands the renderer before anything has been checked: answers are `unknown` until
 * `createKioskClient` has matched them against the contract's schemas.
 */
export interface RawBridge {
  invoke(method: string, args: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
