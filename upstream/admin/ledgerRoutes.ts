import { Hono } from 'hono';
import { maskIdNumber } from '../../shared/domain/masking.js';
import type { ChangeOutcome } from '../../shared/domain/change.js';
import type { UpstreamEnv } from '../http/context.js';
import { errorResponse } from '../http/errors.js';
import type { IdentityLedger } from '../state/IdentityLedger.js';
import { LedgerQuery, type LedgerListing, type LedgerRow } from './adminApi.js';

/**
 * GET /admin/ledger: every decided change in arrival order, with how often each changeId was
 * delivered, so a sync run can be checked for "nothing lost, nothing applied twice".
 */
export function ledgerRoutes(ledger: IdentityLedger): Hono<UpstreamEnv> {
  const routes = new Hono<UpstreamEnv>();
  routes.get('/', (c) => {
    const query = LedgerQuery.safeParse(c.req.query());
    if (!query.success) {
      return errorResponse(c, 400, 'BAD_REQUEST', 'Query: outcome, offset and limit only.');
    }
    const { outcome, offset, limit } = query.data;
    const rows: LedgerRow[] = ledger.entries().map((entry) => ({
      changeId: entry.change.changeId,
      reference: entry.reference,
      kind: entry.change.kind,
      idNumberMasked: maskIdNumber(entry.change.idNumber),
      kioskId: entry.kioskId,
      outcome: entry.result.outcome,
      code: entry.result.code,
      ...(entry.requestStatus === undefined ? {} : { requestStatus: entry.requestStatus }),
      appliedAt: entry.receivedAt,
      updatedAt: entry.updatedAt,
      deliveries: entry.deliveries,
    }));
    const countsByOutcome: Record<ChangeOutcome, number> = {
      applied: 0,
      duplicate: 0,
      conflict: 0,
      rejected: 0,
    };
    for (const row of rows) countsByOutcome[row.outcome] += 1;
    const matching = outcome === undefined ? rows : rows.filter((row) => row.outcome === outcome);
    const listing: LedgerListing = {
      total: matching.length,
      countsByOutcome,
      entries: matching.slice(offset, offset + limit),
    };
    return c.json(listing, 200);
  });
  return routes;
}
