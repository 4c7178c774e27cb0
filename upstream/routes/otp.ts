import { Hono } from 'hono';
import { maskIdNumber } from '../../shared/domain/masking.js';
import { OtpRequest, type OtpResponse } from '../../shared/upstream/api.js';
import type { UpstreamEnv } from '../http/context.js';
import { errorResponse, setRetryAfter } from '../http/errors.js';
import { readJsonBody } from '../http/readJsonBody.js';
import { refuseImpossibleIdNumber } from '../http/refuseImpossibleIdNumber.js';
import { OTP_RESEND_INTERVAL_MS } from '../verification/OtpCodes.js';
import { lockedOut } from '../verification/verificationRefusals.js';
import type { RouteDeps } from './deps.js';

/**
 * POST /v1/otp: "sends" a 6-digit OTP to the account's registered phone. The reference service
 * has no SMS gateway, so it logs one line and keeps the code for the development endpoint.
 */
export function otpRoutes(deps: RouteDeps): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.post('/otp', (c) => {
    const body = readJsonBody(c, OtpRequest);
    if (!body.ok) return body.response;
    const { idNumber } = body.value;
    const impossible = refuseImpossibleIdNumber(c, idNumber, deps.now());
    if (impossible) return impossible;
    const account = deps.ledger.account(idNumber);
    if (account === undefined)
      return errorResponse(c, 404, 'ACCOUNT_NOT_FOUND', 'No account has this ID number.');
    const phone = account.registeredPhoneMasked;
    if (phone === undefined) {
      return errorResponse(c, 422, 'NO_REGISTERED_PHONE', 'The account has no registered phone.');
    }
    const nowMs = deps.now();
    // A locked-out ID gets no new code: it could not be used before the lockout ends anyway.
    const lockedUntil = deps.ledger.verificationAttempts.lockedUntil(idNumber, nowMs);
    if (lockedUntil !== undefined) return lockedOut(c, lockedUntil, nowMs);

    const sent = deps.ledger.otps.send(idNumber, nowMs);
    if (!sent.sent) {
      setRetryAfter(c, sent.retryAtMs - nowMs);
      return errorResponse(
        c,
        429,
        'OTP_RATE_LIMITED',
        'An OTP was sent to this account less than 30 seconds ago; wait before asking again.',
      );
    }
    const expiresAt = new Date(sent.otp.expiresAtMs).toISOString();
    deps.log(
      `OTP for ${maskIdNumber(idNumber)} sent to ${phone}: ${sent.otp.code} (valid until ${expiresAt})`,
    );
    const response: OtpResponse = {
      sentTo: phone,
      expiresAt,
      resendAfter: new Date(nowMs + OTP_RESEND_INTERVAL_MS).toISOString(),
    };
    return c.json(response, 200);
  });
  return routes;
}
