import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { MAX_CLOCK_SKEW_MS } from '../shared/upstream/api.js';
import { NonceRegistry } from './auth/NonceRegistry.js';
import { verifyKioskSignature } from './auth/verifyKioskSignature.js';
import type { UpstreamEnv } from './http/context.js';
import { errorResponse } from './http/errors.js';
import { limitBody } from './http/limitBody.js';
import { accountRoutes } from './routes/accounts.js';
import { changeRoutes } from './routes/changes.js';
import type { RouteDeps } from './routes/deps.js';
import { requestRoutes } from './routes/requests.js';
import { verificationRoutes } from './routes/verifications.js';

/** A full batch of 100 changes is about 40 KB; anything far larger is a mistake or an attack. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface AppDeps extends RouteDeps {
  kiosks: ReadonlyMap<string, string>;
  reportError: (error: unknown) => void;
}

export function buildUpstreamApp(deps: AppDeps): Hono<UpstreamEnv> {
  const app = new Hono<UpstreamEnv>();

  // The service clock on every answer, errors included, lets a kiosk correct its own clock
  // before its signatures start failing the skew check.
  app.use('*', async (c, next) => {
    await next();
    c.header('Date', new Date(deps.now()).toUTCString());
  });

  // Size first: a body is never buffered past the limit, and an oversized one is never hashed.
  app.use('/v1/*', limitBody(MAX_BODY_BYTES));
  app.use(
    '/v1/*',
    verifyKioskSignature({
      kiosks: deps.kiosks,
      now: deps.now,
      nonces: new NonceRegistry(MAX_CLOCK_SKEW_MS),
    }),
  );

  app.route('/v1', verificationRoutes(deps));
  app.route('/v1', accountRoutes(deps));
  app.route('/v1', changeRoutes(deps));
  app.route('/v1', requestRoutes(deps));

  app.notFound((c) => errorResponse(c, 404, 'NOT_FOUND', 'No such endpoint.'));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return errorResponse(c, error.status, 'BAD_REQUEST', error.message || 'The request was refused.');
    }
    deps.reportError(error);
    return errorResponse(c, 500, 'INTERNAL', 'The service failed to handle the request.');
  });
  return app;
}
