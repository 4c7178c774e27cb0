import { Hono } from 'hono';
import { isStaffId } from '../../shared/rules/staffId.js';
import { VerificationRequest, type VerificationResponse } from '../../shared/upstream/api.js';
import type { UpstreamContext, UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import { readJsonBody } from '../http/readJsonBody.js';
import { refuseImpossibleIdNumber } from '../http/refuseImpossibleIdNumber.js';
import { lockedOut, refuseWrongCode, sameSecret } from '../verification/verificationRefusals.js';
import type { RouteDeps } from './deps.js';

/** POST /v1/verifications: proves the citizen and issues a short-lived token (DESIGN §4). */
export function verificationRoutes(deps: RouteDeps): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.post('/verifications', (c) => {
    const body = readJsonBody(c, VerificationRequest);
    if (!body.ok) return body.response;
    const request = body.value;
    const impossible = refuseImpossibleIdNumber(c, request.idNumber, deps.now());
    if (impossible) return impossible;

    if (request.method === 'passcode' && request.passcode === undefined) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'The passcode method needs a passcode.');
    }
    if (request.method === 'otp' && request.otp === undefined) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'The otp method needs an otp.');
    }
    if (request.method === 'staff') {
      if (request.staffId === undefined) {
        return errorResponse(c, 400, 'BAD_REQUEST', 'The staff method needs a staffId.');
      }
      if (!isStaffId(request.staffId)) {
        return errorResponse(c, 400, 'BAD_REQUEST', 'A staffId looks like CB01.');
      }
      // Only staff the kiosk registered may vouch for a citizen: a shape like CB01 proves nothing.
      if (!deps.ledger.staff.isRegistered(c.get('kioskId'), request.staffId)) {
        return errorResponse(
          c,
          403,
          'STAFF_UNKNOWN',
          `Staff member ${request.staffId} is not registered for this kiosk (POST /v1/staff).`,
        );
      }
    }

    const account = deps.ledger.account(request.idNumber);
    if (account === undefined)
      return errorResponse(c, 404, 'ACCOUNT_NOT_FOUND', 'No account has this ID number.');

    if (request.method !== 'staff') {
      const refused = checkSecret(c, deps, request.idNumber, request);
      if (refused) return refused;
    }

    const nowMs = deps.now();
    const kioskId = c.get('kioskId');
    const staffId = request.method === 'staff' ? request.staffId : undefined;
    const issued = deps.ledger.tokens.issue(
      {
        idNumber: request.idNumber,
        method: request.method,
        kioskId,
        ...(staffId === undefined ? {} : { staffId }),
      },
      nowMs,
    );
    if (staffId !== undefined) {
      deps.ledger.attestations.record({
        idNumber: request.idNumber,
        staffId,
        kioskId,
        at: new Date(nowMs).toISOString(),
      });
    }
    const response: VerificationResponse = {
      token: issued.token,
      expiresAt: new Date(issued.expiresAtMs).toISOString(),
      // The whole account, as GET /v1/accounts would give it: one round trip less on a slow line.
      account,
    };
    return c.json(response, 200);
  });
  return routes;
}

/**
 * Checks a passcode or an OTP against the one lockout per ID. Returns the refusal to send, or
 * undefined when the code is right (an OTP is then used up).
 */
function checkSecret(
  c: UpstreamContext,
  deps: RouteDeps,
  idNumber: string,
  request: VerificationRequest,
): Response | undefined {
  const { ledger } = deps;
  const nowMs = deps.now();
  const lockedUntil = ledger.verificationAttempts.lockedUntil(idNumber, nowMs);
  if (lockedUntil !== undefined) return lockedOut(c, lockedUntil, nowMs);

  if (request.method === 'otp') {
    const check = ledger.otps.check(idNumber, request.otp ?? '', nowMs, sameSecret);
    if (check === 'none') {
      return errorResponse(
        c,
        401,
        'OTP_EXPIRED',
        'No OTP can be used: none was sent, or it expired or was used. Ask for a new one.',
      );
    }
    if (check === 'wrong') {
      return refuseWrongCode(c, ledger, idNumber, nowMs, 'WRONG_OTP');
    }
  } else if (!sameSecret(deps.passcodeFor(idNumber), request.passcode ?? '')) {
    return refuseWrongCode(c, ledger, idNumber, nowMs, 'WRONG_PASSCODE');
  }
  ledger.verificationAttempts.recordSuccess(idNumber);
  return undefined;
}
