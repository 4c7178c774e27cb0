import { Hono } from 'hono';
import { normaliseReference } from '../../shared/domain/reference.js';
import type { RequestStatusResponse } from '../../shared/upstream/api.js';
import type { UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import type { RouteDeps } from './deps.js';

/** GET /v1/requests/:reference: where a request stands, by the code printed on its receipt. */
export function requestRoutes(deps: RouteDeps): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.get('/requests/:reference', (c) => {
    const typed = c.req.param('reference');
    if (normaliseReference(typed) === undefined) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'A reference code has 10 hexadecimal characters.');
    }
    const entry = deps.ledger.findByReference(typed);
    if (entry === undefined)
      return errorResponse(c, 404, 'REQUEST_NOT_FOUND', 'No request has this reference.');
    const response: RequestStatusResponse = {
      reference: entry.reference,
      kind: entry.change.kind,
      outcome: entry.result.outcome,
      code: entry.result.code,
      message: entry.result.message,
      ...(entry.requestStatus === undefined ? {} : { requestStatus: entry.requestStatus }),
      acceptedAt: entry.change.createdAt,
      receivedAt: entry.receivedAt,
      updatedAt: entry.updatedAt,
    };
    return c.json(response, 200);
  });
  return routes;
}
