import { Hono } from 'hono';
import type { UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import type { IdentityLedger } from '../state/IdentityLedger.js';

/**
 * GET /dev/otp/:idNumber: the latest OTP "sent" to an account, so a developer or a test can
 * finish an OTP verification without a phone. Mounted only when development endpoints are on.
 */
export function devRoutes(ledger: IdentityLedger): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.get('/otp/:idNumber', (c) => {
    const idNumber = c.req.param('idNumber');
    if (!/^\d{12}$/.test(idNumber)) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'An ID number has 12 digits.');
    }
    const otp = ledger.otps.latest(idNumber);
    if (otp === undefined) return errorResponse(c, 404, 'OTP_NOT_SENT', 'No OTP was sent to this account.');
    return c.json(
      {
        otp: otp.code,
        sentAt: new Date(otp.sentAtMs).toISOString(),
        expiresAt: new Date(otp.expiresAtMs).toISOString(),
        used: otp.used,
      },
      200,
    );
  });
  return routes;
}
