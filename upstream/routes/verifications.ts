import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { VerificationRequest, type VerificationResponse } from '../../shared/upstream/api.js';
import type { UpstreamContext, UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import { readJsonBody } from '../http/readJsonBody.js';
import type { RouteDeps } from './deps.js';

/** POST /v1/verifications: proves the citizen and issues a short-lived token (DESIGN §4). */
export function verificationRoutes(deps: RouteDeps): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.post('/verifications', (c) => {
    const body = readJsonBody(c, VerificationRequest);
    if (!body.ok) return body.response;
    const request = body.value;

    if (request.method === 'otp') {
      return errorResponse(c, 501, 'NOT_IMPLEMENTED', 'OTP verification is not available yet.');
    }
    if (request.method === 'passcode' && request.passcode === undefined) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'The passcode method needs a passcode.');
    }
    if (request.method === 'staff' && request.staffId === undefined) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'The staff method needs a staffId.');
    }

    const account = deps.ledger.account(request.idNumber);
    if (account === undefined)
      return errorResponse(c, 404, 'ACCOUNT_NOT_FOUND', 'No account has this ID number.');

    if (request.method === 'passcode') {
      const refused = checkPasscode(c, deps, request.idNumber, request.passcode ?? '');
      if (refused) return refused;
    }

    const issued = deps.ledger.tokens.issue(
      {
        idNumber: request.idNumber,
        method: request.method,
        kioskId: c.get('kioskId'),
        ...(request.staffId === undefined ? {} : { staffId: request.staffId }),
      },
      deps.now(),
    );
    const response: VerificationResponse = {
      token: issued.token,
      expiresAt: new Date(issued.expiresAtMs).toISOString(),
      account: { level: account.level, status: account.status },
    };
    return c.json(response, 200);
  });
  return routes;
}

/** Returns the refusal to send, or undefined when the passcode is right. */
function checkPasscode(
  c: UpstreamContext,
  deps: RouteDeps,
  idNumber: string,
  given: string,
): Response | undefined {
  const attempts = deps.ledger.passcodeAttempts;
  const nowMs = deps.now();
  const lockedUntil = attempts.lockedUntil(idNumber, nowMs);
  if (lockedUntil !== undefined) return lockedOut(c, lockedUntil, nowMs);

  if (!sameText(deps.passcodeFor(idNumber), given)) {
    const lockoutEnds = attempts.recordFailure(idNumber, nowMs);
    if (lockoutEnds !== undefined) return lockedOut(c, lockoutEnds, nowMs);
    return errorResponse(c, 401, 'WRONG_PASSCODE', 'The passcode is wrong.');
  }
  attempts.recordSuccess(idNumber);
  return undefined;
}

function lockedOut(c: UpstreamContext, untilMs: number, nowMs: number): Response {
  // 423 rather than 429: waiting a few seconds and retrying will not help, and a client that
  // retries 429 automatically must not keep hammering a locked ID.
  c.header('Retry-After', String(Math.max(1, Math.ceil((untilMs - nowMs) / 1000))));
  return errorResponse(
    c,
    423,
    'VERIFICATION_LOCKED',
    `Too many wrong passcodes; verification is locked until ${new Date(untilMs).toISOString()}.`,
  );
}

function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
