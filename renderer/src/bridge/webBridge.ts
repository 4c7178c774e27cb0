import { clientError } from './kioskClient';
import type { RawBridge } from './rawBridge';

/** Longer than the core's own upstream timeouts, so the core gets to say what went wrong. */
const invokeTimeoutMs = 45_000;

/**
 * The web host has no preload, so the renderer speaks its HTTP API: one POST per call and one
 * shared Server-Sent Events stream for everything the core pushes. Both carry the session cookie
 * the launch link was exchanged for (same-origin requests send it by default); the page never
 * sees it (HttpOnly), and a page opened without it is refused by the host (401).
 */
export function createWebBridge(): RawBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let events: EventSource | undefined;

  function dispatch(name: string, message: MessageEvent<string>): void {
    let payload: unknown;
    try {
      payload = JSON.parse(message.data);
    } catch {
      return;
    }
    for (const listener of listeners.get(name) ?? []) listener(payload);
  }

  function openEvents(): EventSource {
    events ??= new EventSource('/api/events');
    return events;
  }

  return {
    async invoke(method, args) {
      let response: Response;
      let body: unknown;
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ method, args }),
          signal: AbortSignal.timeout(invokeTimeoutMs),
        });
        body = await response.json().catch(() => undefined);
      } catch (error) {
        return clientError('KIOSK_UNREACHABLE', `POST /api/invoke failed: ${String(error)}`);
      }
      if (response.ok) return body;
      return guardFailure(response.status, body);
    },

    on(event, listener) {
      const source = openEvents();
      let set = listeners.get(event);
      if (set === undefined) {
        set = new Set();
        listeners.set(event, set);
        source.addEventListener(event, (message) => dispatch(event, message));
      }
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}

/** The host's own guards (session, Host, Origin, body) answer `{ code, message }` with a 4xx. */
function guardFailure(status: number, body: unknown): unknown {
  const message = describe(status, body);
  if (status === 401 || status === 403) return clientError('KIOSK_ACCESS_DENIED', message);
  if (status === 400 || status === 413 || status === 415) return clientError('BAD_ARGUMENTS', message);
  if (status >= 500 && isEnvelope(body)) return body;
  return clientError('KIOSK_UNREACHABLE', message);
}

function describe(status: number, body: unknown): string {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    const code = 'code' in body && typeof body.code === 'string' ? `${body.code}: ` : '';
    return `HTTP ${status} ${code}${body.message}`;
  }
  return `HTTP ${status}`;
}

function isEnvelope(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'ok' in body;
}
