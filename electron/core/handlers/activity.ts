import type { KioskServices } from './kioskServices.js';

/**
 * Methods a screen may call on a timer (status, who is signed in): they are not someone at the
 * kiosk, so they must not keep a walked-away session alive.
 */
const pollingMethods = new Set(['kiosk.describe', 'sync.status', 'staff.current', 'store.notices']);

/**
 * Every other call is activity: it first ends whatever has gone idle (staff, then citizen), then
 * restarts both countdowns, then runs.
 */
export function withActivity<H extends Record<string, (args: never) => Promise<unknown>>>(
  services: Pick<KioskServices, 'session' | 'staff'>,
  handlers: H,
): H {
  const wrapped: Record<string, (args: never) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers)) {
    wrapped[method] = pollingMethods.has(method)
      ? handler
      : (args) => {
          services.staff.touch();
          services.session.touch();
          return handler(args);
        };
  }
  return wrapped as H;
}
