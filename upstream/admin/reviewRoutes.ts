import { Hono } from 'hono';
import { maskIdNumber } from '../../shared/domain/masking.js';
import type { UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import { readJsonBody } from '../http/readJsonBody.js';
import type { IdentityLedger } from '../state/IdentityLedger.js';
import { ReviewDecisionBody, type PendingReview, type ReviewDecisionResult } from './adminApi.js';

/** The identity agency's desk: unlock requests waiting for review, and the decision on one. */
export function reviewRoutes(ledger: IdentityLedger): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();

  routes.get('/', (c) => {
    const reviews: PendingReview[] = ledger.pendingReviews().map((entry) => {
      const lock = ledger.account(entry.change.idNumber)?.lock;
      return {
        changeId: entry.change.changeId,
        reference: entry.reference,
        idNumberMasked: maskIdNumber(entry.change.idNumber),
        kioskId: entry.kioskId,
        receivedAt: entry.receivedAt,
        ...(lock === undefined
          ? {}
          : {
              lock: {
                reason: lock.reason,
                since: lock.since,
                ...(lock.until === undefined ? {} : { until: lock.until }),
              },
            }),
      };
    });
    return c.json({ reviews }, 200);
  });

  /** `:key` is the request's changeId or its reference code. */
  routes.post('/:key/decision', (c) => {
    const body = readJsonBody(c, ReviewDecisionBody);
    if (!body.ok) return body.response;
    const answer = ledger.decideReview(c.req.param('key'), body.value.decision);
    if (!answer.decided) {
      return answer.reason === 'not-found'
        ? errorResponse(c, 404, 'REVIEW_NOT_FOUND', 'No unlock request waiting for review has this key.')
        : errorResponse(
            c,
            409,
            'REVIEW_ALREADY_DECIDED',
            'This unlock request is no longer waiting for review.',
          );
    }
    const result: ReviewDecisionResult = {
      changeId: answer.entry.change.changeId,
      reference: answer.entry.reference,
      requestStatus: answer.entry.requestStatus ?? 'pending-review',
      accountStatus: answer.account.status,
    };
    return c.json(result, 200);
  });
  return routes;
}
