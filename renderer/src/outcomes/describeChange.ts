import type { ChangeKind, ChangeState } from '../../../shared/domain/change.js';
import type { RequestLookup } from '../../../shared/ipc/contract.js';
import type { ChangeReceipt } from '../../../shared/ipc/contract.js';
import type { Messages } from '../i18n/useMessages';

export type OutcomeTone = 'success' | 'waiting' | 'failure';

export interface OutcomeText {
  tone: OutcomeTone;
  title: string;
  body: string;
  reason?: string;
  next: readonly string[];
}

function isWaiting(state: ChangeState): boolean {
  return state === 'pending' || state === 'sending' || state === 'blocked';
}

/** The national system's reason in plain words, or a general one for the outcome. */
export function reasonFor(t: Messages, state: ChangeState, outcomeCode: string | undefined): string {
  const known = outcomeCode === undefined ? undefined : t.receipt.reasons[outcomeCode];
  return known ?? (state === 'conflict' ? t.receipt.conflictReason : t.receipt.rejectedReason);
}

/**
 * What the receipt screen says about a change: success only once the national system has
 * applied it, "Đã ghi nhận, chờ gửi" while it waits on this kiosk, and a reason when refused.
 */
export function describeReceipt(t: Messages, receipt: ChangeReceipt, deviceName: string): OutcomeText {
  const r = t.receipt;
  const { state, outcomeCode } = receipt;
  const kind: ChangeKind = receipt.kind;
  if (isWaiting(state)) {
    const body =
      kind === 'unlock-request'
        ? r.unlock.waitingBody
        : kind === 'unlink-all-devices'
          ? r.unlinkAll.waitingBody
          : r.unlink.waitingBody(deviceName);
    return {
      tone: 'waiting',
      title: r.waitingTitle,
      body: state === 'blocked' ? `${body} ${r.blockedBody}` : body,
      next: r.waitingNext,
    };
  }
  // Staff closed it (issue 11): not done, and the reason is theirs, not the national system's.
  const refused = state === 'rejected' || state === 'conflict' || state === 'closed';
  const refusal = state === 'closed' ? t.desk.closedReceipt : reasonFor(t, state, outcomeCode);
  if (kind === 'unlock-request') {
    if (refused) {
      return {
        tone: 'failure',
        title: r.unlock.notDoneTitle,
        body: r.unlock.notDoneBody,
        reason: refusal,
        next: r.notDoneNext,
      };
    }
    if (outcomeCode === 'REVIEW_PENDING') {
      return {
        tone: 'waiting',
        title: r.unlock.reviewTitle,
        body: r.unlock.reviewBody,
        next: r.unlock.reviewNext,
      };
    }
    if (outcomeCode === 'REVIEW_ALREADY_PENDING') {
      return {
        tone: 'waiting',
        title: r.unlock.reviewTitle,
        body: r.unlock.alreadyPendingBody,
        next: r.unlock.reviewNext,
      };
    }
    if (state === 'duplicate') {
      return { tone: 'success', title: r.unlock.notLockedTitle, body: r.unlock.notLockedBody, next: [] };
    }
    return {
      tone: 'success',
      title: r.unlock.unlockedTitle,
      body: r.unlock.unlockedBody,
      next: r.unlock.unlockedNext,
    };
  }
  const texts = kind === 'unlink-all-devices' ? r.unlinkAll : undefined;
  if (refused) {
    return {
      tone: 'failure',
      title: texts?.notDoneTitle ?? r.unlink.notDoneTitle,
      body: texts?.notDoneBody ?? r.unlink.notDoneBody(deviceName),
      reason: refusal,
      next: r.notDoneNext,
    };
  }
  return {
    tone: 'success',
    title: texts?.doneTitle ?? r.unlink.doneTitle,
    body:
      state === 'duplicate'
        ? (texts?.alreadyBody ?? r.unlink.alreadyBody(deviceName))
        : (texts?.doneBody ?? r.unlink.doneBody(deviceName)),
    next:
      state === 'duplicate'
        ? (texts?.doneNext ?? r.unlink.doneNext).slice(-1)
        : (texts?.doneNext ?? r.unlink.doneNext),
  };
}

export interface LookupText {
  tone: OutcomeTone;
  status: string;
  body: string;
  reason?: string;
}

/** Where a looked-up request stands, in plain words. */
export function describeLookup(t: Messages, found: RequestLookup): LookupText {
  const l = t.lookup;
  if (isWaiting(found.state)) {
    return {
      tone: 'waiting',
      status: l.states.waiting,
      body:
        found.state === 'blocked' ? `${l.states.waitingBody} ${t.receipt.blockedBody}` : l.states.waitingBody,
    };
  }
  if (found.state === 'closed') {
    // The kiosk's own record wins: "Đã đóng: <reason>", with the staff's note if there is one.
    const closed = found.closed;
    const kind = t.receipt.kinds[found.kind];
    return {
      tone: 'failure',
      status:
        closed === undefined ? t.desk.closedReceipt : t.desk.closedStatus(t.desk.closeReasons[closed.reason]),
      body: closed?.note === undefined ? kind : `${kind}. ${t.desk.closedNote(closed.note)}`,
    };
  }
  if (found.requestStatus === 'pending-review') {
    return { tone: 'waiting', status: l.states.reviewPending, body: l.states.reviewPendingBody };
  }
  if (found.requestStatus === 'approved') {
    return { tone: 'success', status: l.states.approved, body: l.doneBodies['unlock-request'] };
  }
  if (found.requestStatus === 'refused' || found.state === 'rejected' || found.state === 'conflict') {
    return {
      tone: 'failure',
      status: found.requestStatus === 'refused' ? l.states.refused : l.states.notDone,
      body: t.receipt.kinds[found.kind],
      reason: reasonFor(t, found.state, found.outcomeCode),
    };
  }
  if (found.state === 'duplicate') {
    return { tone: 'success', status: l.states.done, body: l.duplicateBodies[found.kind] };
  }
  return { tone: 'success', status: l.states.done, body: l.doneBodies[found.kind] };
}
