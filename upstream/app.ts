import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { adminRoutes } from './admin/adminRoutes.js';
import { verifyKioskSignature } from './auth/verifyKioskSignature.js';
import type { ServiceClock } from './clock/ServiceClock.js';
import { devRoutes } from './dev/devRoutes.js';
import type { FaultInjector } from './faults/FaultInjector.js';
import { injectFaults } from './faults/injectFaults.js';
import type { UpstreamEnv } from './http/context.js';
import { decodeBody } from './http/decodeBody.js';
import { errorResponse } from './http/errors.js';
import { limitBody } from './http/limitBody.js';
import { localOnly } from './http/localOnly.js';
import { saveBeforeAnswer } from './http/saveBeforeAnswer.js';
import { accountRoutes } from './routes/accounts.js';
import { changeRoutes } from './routes/changes.js';
import type { RouteDeps } from './routes/deps.js';
import { otpRoutes } from './routes/otp.js';
import { requestRoutes } from './routes/requests.js';
import { staffRoutes } from './routes/staff.js';
import { verificationRoutes } from './routes/verifications.js';

/** A full batch of 100 changes is about 40 KB; anything far larger is a mistake or an attack. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface AppDeps extends RouteDeps {
  kiosks: ReadonlyMap<string, string>;
  clock: ServiceClock;
  faults: FaultInjector;
  save: () => Promise<void>;
  reportError: (error: unknown) => void;
  /** Mount GET /dev/otp/:idNumber. */
  devEndpoints: boolean;
  /** Mount /admin/*; with a token, callers must present it. */
  admin: { enabled: boolean; token?: string };
}

export function buildUpstreamApp(deps: AppDeps): Hono<UpstreamEnv> {
  const app = new Hono<UpstreamEnv>();

  // The wall clock on every answer, errors included, lets a kiosk correct its own clock
  // before its signatures start failing the skew check.
  app.use('*', async (c, next) => {
    await next();
    c.header('Date', new Date(deps.clock.wallNow()).toUTCString());
  });

  // Faults first, so an injected one happens before anything else, a used nonce included.
  app.use('/v1/*', injectFaults(deps.faults));
  // Size next: a body is never buffered past the limit, and an oversized one is never hashed.
  app.use('/v1/*', limitBody(MAX_BODY_BYTES));
  app.use(
    '/v1/*',
    verifyKioskSignature({ kiosks: deps.kiosks, now: deps.clock.wallNow, nonces: deps.ledger.nonces }),
  );
  app.use('/v1/*', saveBeforeAnswer(deps.save));

  app.route('/v1', verificationRoutes(deps));
  app.route('/v1', otpRoutes(deps));
  app.route('/v1', accountRoutes(deps));
  app.route('/v1', changeRoutes(deps, deps.faults.decisions));
  app.route('/v1', requestRoutes(deps));
  app.route('/v1', staffRoutes(deps));

  // Off by default, and then indistinguishable from a route that does not exist.
  if (deps.devEndpoints) {
    app.use('/dev/*', localOnly());
    app.route('/dev', devRoutes(deps.ledger));
  }
  if (deps.admin.enabled) {
    app.use('/admin/*', localOnly(deps.admin.token === undefined ? {} : { token: deps.admin.token }));
    app.use('/admin/*', limitBody(MAX_BODY_BYTES), decodeBody(), saveBeforeAnswer(deps.save));
    app.route('/admin', adminRoutes(deps));
  }

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
