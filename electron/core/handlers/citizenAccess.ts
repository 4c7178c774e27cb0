import type { Account, LockReason } from '../../../shared/domain/account.js';
import type { ChangeKind } from '../../../shared/domain/change.js';
import { maskIdNumber } from '../../../shared/domain/masking.js';
import type { ChangeReceipt } from '../../../shared/ipc/accountContract.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { SessionSummary } from '../../../shared/ipc/sessionContract.js';
import { cardIssueDateProblem } from '../../../shared/rules/cardIssueDate.js';
import { parseIdNumber } from '../../../shared/rules/idNumber.js';
import type { AuditInput } from '../audit/AuditLog.js';
import { lockReasonDetail } from '../report/unlockLockReason.js';
import type { VerifiedCitizen } from '../session/CitizenSession.js';
import { UpstreamFailure } from '../upstream/upstreamFailure.js';
import type { KioskServices } from './kioskServices.js';
import { fromUpstream, isUnreachable, kioskErrorFrom } from './upstreamErrors.js';

export function requireValidIdNumber(input: string, now: Date, dateOfBirth?: string): string {
  const parsed = parseIdNumber(input, { now, ...(dateOfBirth === undefined ? {} : { dateOfBirth }) });
  if (!parsed.ok)
    throw new KioskError('INVALID_ID_NUMBER', `${parsed.error.code}: the ID number fails this check.`);
  return parsed.value.idNumber;
}

/** A scanned card's issue date must be possible (issue 13); otherwise nothing is checked or begun. */
export function requirePossibleIssueDate(issuedOn: string, dateOfBirth: string, now: Date): void {
  const problem = cardIssueDateProblem(issuedOn, dateOfBirth, now);
  if (problem !== undefined) {
    throw new KioskError('CARD_ISSUE_DATE_INVALID', `${problem}: the card's issue date cannot be right.`, {
      problem,
    });
  }
}

/** Who an audit entry is about: the signed-in staff member when there is one (DESIGN §5). */
export function auditActor(services: KioskServices): Pick<AuditInput, 'actor' | 'staffId'> {
  const staff = services.staff.current();
  return staff === undefined ? { actor: 'citizen' } : { actor: 'staff', staffId: staff.staffId };
}

export function isAssisted(services: KioskServices): boolean {
  return services.staff.current() !== undefined;
}

export function summaryOf(services: KioskServices, citizen: VerifiedCitizen): SessionSummary {
  const { account } = citizen;
  return {
    idNumberMasked: maskIdNumber(citizen.idNumber),
    ...(account === undefined
      ? {}
      : { fullName: account.fullName, level: account.level, status: account.status }),
    verifiedBy: citizen.method,
    assisted: isAssisted(services),
  };
}

const expiredToken = new Set(['TOKEN_EXPIRED', 'TOKEN_INVALID', 'TOKEN_MISSING']);

/**
 * Reads the citizen's account now. An attestation made offline is confirmed with the national
 * system first, and a staff attestation whose token ran out is renewed while the staff member is
 * still signed in; a citizen's own token that ran out ends the session (they identify again).
 */
export async function readFreshAccount(services: KioskServices, citizen: VerifiedCitizen): Promise<Account> {
  const { upstream, session } = services;
  const attest = async (): Promise<string> => {
    const staffId = citizen.staffId ?? services.staff.require().staffId;
    const verification = await fromUpstream(
      () => upstream.verify({ idNumber: citizen.idNumber, method: 'staff', staffId }),
      services.now(),
    );
    return verification.token;
  };
  let token = citizen.token ?? (await attest());
  let account: Account;
  try {
    account = await upstream.readAccount(citizen.idNumber, token);
  } catch (error) {
    const tokenGone = error instanceof UpstreamFailure && expiredToken.has(error.upstreamCode ?? '');
    if (!tokenGone) throw kioskErrorFrom(error, services.now());
    if (citizen.method !== 'staff') {
      session.end('ended');
      throw new KioskError('NO_SESSION', 'The verification has expired; the citizen must identify again.');
    }
    token = await attest();
    account = await fromUpstream(() => upstream.readAccount(citizen.idNumber, token), services.now());
  }
  if (session.current() !== citizen) throw new KioskError('NO_SESSION', 'The session ended meanwhile.');
  session.upgrade(token, account);
  return account;
}

/**
 * The account as the national system has it now, or `offline`. Offline is an answer only in
 * assisted mode: a citizen alone gets OFFLINE, and nothing is queued for them.
 */
export async function freshOrOffline(
  services: KioskServices,
  citizen: VerifiedCitizen,
): Promise<Account | 'offline'> {
  try {
    return await readFreshAccount(services, citizen);
  } catch (error) {
    const offline = (error instanceof KioskError && error.code === 'OFFLINE') || isUnreachable(error);
    if (!offline) throw error;
    if (!isAssisted(services)) throw error;
    return 'offline';
  }
}

const auditActions = {
  'unlink-device': 'device.unlink',
  'unlink-all-devices': 'device.unlinkAll',
  'unlock-request': 'unlock.request',
} as const satisfies Record<ChangeKind, AuditInput['action']>;

/**
 * How old an account read may be for a change to rely on it instead of reading again: the
 * citizen was shown it seconds ago, and the change's own request proves the link is up. The
 * national system applies the same rules to the account as it is when the change arrives.
 */
export const FRESH_ACCOUNT_MS = 60_000;

/**
 * The account a change is checked against: the one shown moments ago when it is fresh and the
 * national system was reachable at its last answer (no round trip), else read now (`freshOrOffline`).
 */
export async function accountForChange(
  services: KioskServices,
  citizen: VerifiedCitizen,
): Promise<Account | 'offline'> {
  const shown = services.session.freshAccount(citizen, FRESH_ACCOUNT_MS);
  if (shown !== undefined && services.sync.connection === 'online') return shown;
  return freshOrOffline(services, citizen);
}

export interface ChangeRequest {
  kind: ChangeKind;
  deviceId?: string;
  /** Whether the national system is taken to be reachable: then the citizen waits for its answer. */
  online: boolean;
  /** An unlock request's lock ground, for the audit line the day report counts by. */
  lockReason?: LockReason;
}

/** How long a citizen at the screen waits for the national system's answer before "recorded, waiting to send". */
const OUTCOME_WAIT_MS = 15_000;

/**
 * Accepts a change (durable, with its evidence and its audit line in the same journal flush;
 * from then on the sync engine may send it), then awaits the change's own outcome through sendNow. Online, the citizen sees the national system's answer about this change, or an
 * honest "pending" when none came in time. Offline (assisted mode only), "pending" at once; the
 * sync engine sends it when the connection is back. A citizen alone whose change finds the
 * national system unreachable before any request carrying it left the kiosk gets OFFLINE, and
 * the change is withdrawn: nothing stays queued for them.
 */
export async function acceptChange(
  services: KioskServices,
  citizen: VerifiedCitizen,
  request: ChangeRequest,
): Promise<ChangeReceipt> {
  const { queue, session } = services;
  const staff = services.staff.current();
  const who = {
    ...auditActor(services),
    idNumber: citizen.idNumber,
    verifiedBy: citizen.method,
    assisted: staff !== undefined,
    ...(request.deviceId === undefined ? {} : { deviceId: request.deviceId }),
  };
  const lockDetail = lockReasonDetail(request.lockReason);
  // The change and its audit line are committed in one flush (see ChangeQueue.accept).
  const accepted = await queue.accept(
    {
      kind: request.kind,
      idNumber: citizen.idNumber,
      ...(request.deviceId === undefined ? {} : { deviceId: request.deviceId }),
      evidence: session.evidence(),
    },
    {
      action: auditActions[request.kind],
      ...who,
      outcome: request.online ? 'accepted' : 'queued-offline',
      ...(lockDetail === undefined ? {} : { detail: lockDetail }),
    },
  );
  session.accountChanged(citizen);
  citizen.changeIds.add(accepted.changeId);
  staff?.changeIds.add(accepted.changeId);
  const audited = { ...who, changeId: accepted.changeId, reference: accepted.reference };
  if (!request.online) return accepted;
  const sent = await services.sync.sendNow(accepted.changeId, {
    deadline: services.now().getTime() + OUTCOME_WAIT_MS,
    withdrawIfUnsent: staff === undefined,
  });
  if (sent.kind !== 'withdrawn') return sent.receipt;
  citizen.changeIds.delete(accepted.changeId);
  await services.audit.append({ action: 'change.withdrawn', ...audited, outcome: 'offline' });
  throw new KioskError('OFFLINE', 'The national system cannot be reached right now; nothing was queued.');
}
