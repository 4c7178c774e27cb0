import { Hono } from 'hono';
import type { AccountResponse } from '../../shared/upstream/api.js';
import type { UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import { refuseImpossibleIdNumber } from '../http/refuseImpossibleIdNumber.js';
import type { RouteDeps } from './deps.js';

/** GET /v1/accounts/:idNumber: the account, for a bearer of a token issued for that ID. */
export function accountRoutes(deps: RouteDeps): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.get('/accounts/:idNumber', (c) => {
    const idNumber = c.req.param('idNumber');
    if (!/^\d{12}$/.test(idNumber)) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'An ID number has 12 digits.');
    }
    const impossible = refuseImpossibleIdNumber(c, idNumber, deps.now());
    if (impossible) return impossible;
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer === undefined) {
      return errorResponse(
        c,
        401,
        'TOKEN_MISSING',
        'A verification token is required (Authorization: Bearer).',
      );
    }
    const issued = deps.ledger.tokens.find(bearer);
    if (issued === undefined)
      return errorResponse(c, 401, 'TOKEN_INVALID', 'The verification token is unknown.');
    if (deps.now() >= issued.expiresAtMs) {
      return errorResponse(c, 401, 'TOKEN_EXPIRED', 'The verification token has expired; verify again.');
    }
    if (issued.idNumber !== idNumber) {
      return errorResponse(
        c,
        403,
        'TOKEN_WRONG_ACCOUNT',
        'The verification token was issued for another account.',
      );
    }
    const account: AccountResponse | undefined = deps.ledger.account(idNumber);
    if (account === undefined)
      return errorResponse(c, 404, 'ACCOUNT_NOT_FOUND', 'No account has this ID number.');
    return c.json(account, 200);
  });
  return routes;
}
