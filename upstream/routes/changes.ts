import { Hono } from 'hono';
import { ChangeBatchRequest, type ChangeBatchResponse } from '../../shared/upstream/api.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DecisionKnobs } from '../faults/DecisionKnobs.js';
import type { UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import { readJsonBody } from '../http/readJsonBody.js';
import type { RouteDeps } from './deps.js';

/**
 * POST /v1/changes: one result per change, in order. The whole batch is validated before the
 * first change is decided, and deciding is synchronous, so a batch is never half-applied by a
 * bad body and never interleaves with another batch.
 */
export function changeRoutes(deps: RouteDeps, decisions: DecisionKnobs): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.post('/changes', (c) => {
    const body = readJsonBody(c, ChangeBatchRequest);
    if (!body.ok) return body.response;
    // The admin knob: the whole batch refused, nothing decided (the kiosk holds it for staff).
    const refusal = decisions.takeBatchRefusal();
    if (refusal !== undefined) {
      return errorResponse(
        c,
        refusal.status as ContentfulStatusCode,
        refusal.code,
        'This batch was refused as a whole; none of its changes was decided.',
      );
    }
    const kioskId = c.get('kioskId');
    const response: ChangeBatchResponse = {
      results: body.value.changes.map((change) =>
        deps.ledger.submit(change, kioskId, { conflict: () => decisions.takeConflict() }),
      ),
    };
    return c.json(response, 200);
  });
  return routes;
}
