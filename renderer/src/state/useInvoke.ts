import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { KioskMethod, MethodArgs, MethodResult } from '../../../shared/ipc/contract.js';
import { useKiosk } from '../bridge/KioskProvider';
import type { ClientError, ClientErrorCode, ClientResponse } from '../bridge/kioskClient';

/** What a read from the core has given so far; a failure keeps the whole error for its details. */
export type Loaded<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; value: T }
  | { kind: 'failed'; code: ClientErrorCode; error: ClientError };

export interface Invocation<T> {
  load: Loaded<T>;
  /** Ask again; the screen shows `loading` until the new answer. */
  reload: () => void;
}

interface Answer<T> {
  /** Which call it answers: an answer to an older call is never shown. */
  call: string;
  load: Loaded<T>;
}

/**
 * Asks the core when the component mounts, again when `args` or `reload()` ask for it, and
 * drops an answer that arrives after the component unmounted or a newer call started. The
 * answer is also handed to `onAnswer`, for callers that keep it elsewhere (a reducer).
 */
export function useInvoke<M extends KioskMethod>(
  method: M,
  args: MethodArgs<M>,
  onAnswer?: (response: ClientResponse<MethodResult<M>>) => void,
): Invocation<MethodResult<M>> {
  const kiosk = useKiosk();
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer<MethodResult<M>> | null>(null);
  // Arguments are compared by value, so a caller may pass a fresh object literal each render.
  const call = `${method} ${JSON.stringify(args)} #${attempt}`;

  const ask = useEffectEvent(() => kiosk.invoke(method, args));
  const deliver = useEffectEvent((answered: string, response: ClientResponse<MethodResult<M>>) => {
    setAnswer({
      call: answered,
      load: response.ok
        ? { kind: 'ready', value: response.value }
        : { kind: 'failed', code: response.error.code, error: response.error },
    });
    onAnswer?.(response);
  });

  useEffect(() => {
    let current = true;
    // invoke never rejects: every failure comes back as { ok: false }, handled in then().
    void ask().then((response) => {
      if (current) deliver(call, response);
    });
    return () => {
      current = false;
    };
  }, [kiosk, call]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  const load: Loaded<MethodResult<M>> =
    answer !== null && answer.call === call ? answer.load : { kind: 'loading' };
  return { load, reload };
}
