import type {
  ChangeResult,
  ChangeResultState,
  RequestStatus,
  UpstreamChange,
} from '../../shared/upstream/api.js';
import { decideUnlinkAll, decideUnlinkDevice } from '../../shared/rules/unlinkDecision.js';
import { decideUnlockRequest } from '../../shared/rules/unlockDecision.js';
import { checkEvidence, type TokenFacts } from '../rules/evidenceRule.js';
import { impossibleIdNumber, impossibleIdNumberMessage } from '../rules/idNumberRule.js';
import {
  dateOfBirthMismatchMessage,
  staffUnknownMessage,
  unlinkDecisionMessage,
  unlockDecisionMessage,
} from './decisionMessages.js';
import { linkedDevices, type StoredAccount } from './storedAccount.js';

export interface ChangeContext {
  account: StoredAccount | undefined;
  /** The issued token the evidence names, if any. */
  token: TokenFacts | undefined;
  hasPendingReview: boolean;
  /** Whether the kiosk that sent the change registered this staff ID. */
  isRegisteredStaff: (staffId: string) => boolean;
  nowMs: number;
  /** The admin knob: decide `conflict` as if the account had changed since the verification. */
  forceConflict?: boolean;
}

export type ChangeEffect = Omit<ChangeResult, 'changeId'> & { requestStatus?: RequestStatus };

/**
 * Decides one change with the shared rules (the kiosk predicts with the same ones) and applies
 * its effect to the account. Synchronous on purpose: the caller stores the result in the same
 * turn of the event loop, so effect and result cannot drift apart and two batches carrying the
 * same changeId cannot both apply it.
 */
export function applyChange(change: UpstreamChange, context: ChangeContext): ChangeEffect {
  const { account, nowMs } = context;
  const impossible = impossibleIdNumber(change.idNumber, nowMs);
  if (impossible !== undefined) {
    return {
      outcome: 'rejected',
      code: 'ID_NUMBER_IMPOSSIBLE',
      message: impossibleIdNumberMessage(impossible),
    };
  }
  if (account === undefined) {
    return { outcome: 'rejected', code: 'ACCOUNT_NOT_FOUND', message: 'No account has this ID number.' };
  }
  const evidence = checkEvidence(
    change.evidence,
    change.idNumber,
    context.token,
    nowMs,
    context.isRegisteredStaff,
  );
  if (!evidence.valid) {
    return evidence.code === 'STAFF_UNKNOWN'
      ? { outcome: 'rejected', code: 'STAFF_UNKNOWN', message: staffUnknownMessage(evidence.staffId) }
      : { outcome: 'rejected', code: 'EVIDENCE_INVALID', message: evidence.message };
  }
  // The card in the staff member's hand must be this holder's: the year alone (all the kiosk
  // can check offline) would let a wrong day and month through.
  const typedDateOfBirth = change.evidence.dateOfBirth;
  if (typedDateOfBirth !== undefined && typedDateOfBirth !== account.dateOfBirth) {
    return { outcome: 'rejected', code: 'DATE_OF_BIRTH_MISMATCH', message: dateOfBirthMismatchMessage() };
  }

  const conflict = conflictOf(account, change, context.forceConflict === true);
  if (conflict !== undefined) return conflict;

  switch (change.kind) {
    case 'unlink-device':
      return unlinkDevice(account, change, nowMs);
    case 'unlink-all-devices':
      return unlinkAll(account, change, nowMs);
    case 'unlock-request':
      return unlockRequest(account, context);
  }
}

/**
 * When the national system answers `conflict` (upstream/README.md, "Conflicts"): the account is no
 * longer as it was when the citizen was verified, so the request no longer means what the holder
 * asked for, and neither side can decide it alone. An unlock request for an account locked again
 * (a new lock) after the verification is `LOCK_STATE_CHANGED`. The admin knob forces the same
 * answer: `DEVICE_STATE_CHANGED` for the unlink kinds, `LOCK_STATE_CHANGED` for unlock requests.
 * Nothing is applied; the kiosk's staff close it, and the citizen comes back to ask again.
 */
function conflictOf(
  account: StoredAccount,
  change: UpstreamChange,
  forced: boolean,
): ChangeEffect | undefined {
  const verifiedAt = Date.parse(change.evidence.verifiedAt);
  const lockedAfter =
    change.kind === 'unlock-request' &&
    account.lock !== undefined &&
    Date.parse(account.lock.since) > verifiedAt;
  if (!forced && !lockedAfter) return undefined;
  return change.kind === 'unlock-request'
    ? {
        outcome: 'conflict',
        code: 'LOCK_STATE_CHANGED',
        message: 'The account was locked again after the holder was verified; ask the holder again.',
        state: stateOf(account),
      }
    : {
        outcome: 'conflict',
        code: 'DEVICE_STATE_CHANGED',
        message: "The account's devices changed after the holder was verified; ask the holder again.",
        state: stateOf(account),
      };
}

function unlinkDevice(account: StoredAccount, change: UpstreamChange, nowMs: number): ChangeEffect {
  if (change.deviceId === undefined) {
    return { outcome: 'rejected', code: 'DEVICE_ID_REQUIRED', message: 'unlink-device needs a deviceId.' };
  }
  const stored = account.devices.find((candidate) => candidate.device.deviceId === change.deviceId);
  const decision = decideUnlinkDevice(account, stored);
  if (decision.unlinks && stored !== undefined) {
    stored.unlinkedAt = new Date(nowMs).toISOString();
    stored.unlinkedByChange = change.changeId;
  }
  return {
    outcome: decision.outcome,
    code: decision.code,
    message: unlinkDecisionMessage(decision),
    state: stateOf(account),
  };
}

function unlinkAll(account: StoredAccount, change: UpstreamChange, nowMs: number): ChangeEffect {
  const decision = decideUnlinkAll(account, linkedDevices(account).length);
  if (decision.unlinks) {
    const at = new Date(nowMs).toISOString();
    for (const stored of account.devices) {
      if (stored.unlinkedAt !== undefined) continue;
      stored.unlinkedAt = at;
      stored.unlinkedByChange = change.changeId;
    }
  }
  return {
    outcome: decision.outcome,
    code: decision.code,
    message: unlinkDecisionMessage(decision),
    state: stateOf(account),
  };
}

function unlockRequest(account: StoredAccount, context: ChangeContext): ChangeEffect {
  const decision = decideUnlockRequest(account, context.nowMs, context.hasPendingReview);
  if (decision.unlocks) {
    account.status = 'active';
    delete account.lock;
  }
  const requestStatus = decision.requestStatus;
  return {
    outcome: decision.outcome,
    code: decision.code,
    message: unlockDecisionMessage(decision),
    state: { ...stateOf(account), ...(requestStatus === undefined ? {} : { requestStatus }) },
    ...(requestStatus === undefined ? {} : { requestStatus }),
  };
}

function stateOf(account: StoredAccount): ChangeResultState {
  return {
    accountStatus: account.status,
    ...(account.lock === undefined ? {} : { lockReason: account.lock.reason }),
    activeDevices: linkedDevices(account).length,
  };
}
