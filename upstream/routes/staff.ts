import { Hono } from 'hono';
import { StaffRegistrationRequest, type StaffRegistrationResponse } from '../../shared/upstream/api.js';
import type { UpstreamEnv } from '../http/context.js';
import { readJsonBody } from '../http/readJsonBody.js';
import type { RouteDeps } from './deps.js';

/**
 * POST /v1/staff: the signing kiosk registers a staff member it enrolled, so that the member's
 * attestations (verifications and change evidence) are accepted from that kiosk. Idempotent.
 */
export function staffRoutes(deps: RouteDeps): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.post('/staff', (c) => {
    const body = readJsonBody(c, StaffRegistrationRequest);
    if (!body.ok) return body.response;
    const registered = deps.ledger.staff.register(
      c.get('kioskId'),
      body.value,
      new Date(deps.now()).toISOString(),
    );
    const response: StaffRegistrationResponse = {
      staffId: registered.staffId,
      registeredAt: registered.registeredAt,
    };
    return c.json(response, 200);
  });
  return routes;
}
