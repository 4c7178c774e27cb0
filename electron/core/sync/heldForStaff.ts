import type { HeldMove } from '../queue/ChangeQueue.js';
import type { UpstreamFailure } from '../upstream/upstreamFailure.js';

/**
 * How the held-for-staff list moves after a failed batch. A refused batch (a 4xx other than 429)
 * is held: the national system never decided its changes, and the same request sent again
 * unchanged will not help, so they wait for staff to resend ("Gửi lại") or close them ("Đóng").
 * Any other failure takes them off the list: they go again after their wait, like any failure.
 */
export function heldMoveAfter(
  changeIds: readonly string[],
  failure: UpstreamFailure | undefined,
  heldNow: ReadonlySet<string>,
  nowMs: number,
): HeldMove {
  if (failure?.kind !== 'refused') {
    return { hold: [], release: changeIds.filter((changeId) => heldNow.has(changeId)) };
  }
  const since = new Date(nowMs).toISOString();
  const status =
    failure.status !== undefined && failure.status >= 400 && failure.status < 500 ? failure.status : 400;
  const upstreamCode = failure.upstreamCode?.slice(0, 64);
  return {
    hold: changeIds.map((changeId) => ({
      changeId,
      since,
      status,
      ...(upstreamCode === undefined ? {} : { upstreamCode }),
    })),
    release: [],
  };
}
