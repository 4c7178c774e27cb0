import type { SyncError, SyncErrorCode } from '../../../shared/ipc/contract.js';
import { UpstreamFailure } from '../upstream/upstreamFailure.js';
import type { UpstreamFailureKind } from '../upstream/upstreamFailure.js';

const codeByKind: Readonly<Record<UpstreamFailureKind, SyncErrorCode>> = {
  unreachable: 'UPSTREAM_UNREACHABLE',
  timeout: 'UPSTREAM_TIMEOUT',
  malformed: 'UPSTREAM_MALFORMED',
  unavailable: 'UPSTREAM_UNAVAILABLE',
  'rate-limited': 'UPSTREAM_RATE_LIMITED',
  refused: 'UPSTREAM_REFUSED',
};

/** A failed attempt as the status reports it (a code with facts) and as staff read it on the change (one line). */
export interface DescribedFailure {
  status: SyncError;
  forStaff: string;
}

export function describeSyncFailure(error: unknown): DescribedFailure {
  if (!(error instanceof UpstreamFailure)) {
    return {
      status: { code: 'KIOSK_FAILURE' },
      forStaff: error instanceof Error ? error.message : String(error),
    };
  }
  const details = {
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(error.upstreamCode === undefined ? {} : { upstreamCode: error.upstreamCode.slice(0, 64) }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterSeconds: Math.ceil(error.retryAfterMs / 1000) }),
  };
  return {
    status: { code: codeByKind[error.kind], ...(Object.keys(details).length === 0 ? {} : { details }) },
    forStaff: error.forStaff,
  };
}
