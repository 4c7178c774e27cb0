import { Hono } from 'hono';
import { maskIdNumber } from '../../shared/domain/masking.js';
import type { ServiceClock } from '../clock/ServiceClock.js';
import type { FaultInjector } from '../faults/FaultInjector.js';
import { DecisionSettingsUpdate } from '../faults/DecisionKnobs.js';
import { FaultSettingsUpdate } from '../faults/faultKnobs.js';
import type { UpstreamEnv } from '../http/context.js';
import { readJsonBody } from '../http/readJsonBody.js';
import type { IdentityLedger } from '../state/IdentityLedger.js';
import { advanceOf, ClockAdvance, type ClockView } from './adminApi.js';
import { ledgerRoutes } from './ledgerRoutes.js';
import { reviewRoutes } from './reviewRoutes.js';

export interface AdminDeps {
  ledger: IdentityLedger;
  clock: ServiceClock;
  faults: FaultInjector;
}

/**
 * The operator's side of the reference service, as JSON under /admin: fault knobs, the business
 * clock, unlock reviews, the ledger and staff attestations. Mounted only when enabled, behind
 * the loopback guard; a kiosk never calls it.
 */
export function adminRoutes(deps: AdminDeps): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  const { clock, faults, ledger } = deps;
  const clockView = (): ClockView => ({
    now: new Date(clock.now()).toISOString(),
    offsetMs: clock.offsetMs,
  });

  routes.get('/faults', (c) => c.json(faults.settings, 200));
  routes.put('/faults', (c) => {
    const body = readJsonBody(c, FaultSettingsUpdate);
    if (!body.ok) return body.response;
    return c.json(faults.update(body.value), 200);
  });

  routes.get('/decisions', (c) => c.json(faults.decisions.settings, 200));
  routes.put('/decisions', (c) => {
    const body = readJsonBody(c, DecisionSettingsUpdate);
    if (!body.ok) return body.response;
    return c.json(faults.decisions.update(body.value), 200);
  });

  routes.get('/clock', (c) => c.json(clockView(), 200));
  routes.post('/clock', (c) => {
    const body = readJsonBody(c, ClockAdvance);
    if (!body.ok) return body.response;
    clock.advance(advanceOf(body.value));
    return c.json(clockView(), 200);
  });

  routes.get('/attestations', (c) =>
    c.json(
      {
        attestations: ledger.attestations.list().map(({ idNumber, ...rest }) => ({
          idNumberMasked: maskIdNumber(idNumber),
          ...rest,
        })),
      },
      200,
    ),
  );

  routes.route('/reviews', reviewRoutes(ledger));
  routes.route('/ledger', ledgerRoutes(ledger));
  return routes;
}
