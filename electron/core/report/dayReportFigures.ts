import { changeKinds, VerificationMethod } from '../../../shared/domain/change.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import { reportLockReasons, reportOutcomes } from '../../../shared/ipc/reportContract.js';
import type {
  DayReport,
  OutcomeCounts,
  ReportOutcome,
  StaffDayWork,
} from '../../../shared/ipc/reportContract.js';
import type { AuditEntry } from '../audit/auditEntry.js';
import type { ArchivedChange } from '../store/archive/archivedChange.js';
import { reportLockReasonOf } from './unlockLockReason.js';

/** What the report counts; the rest (the day, the kiosk, the days available) is said around it. */
export type DayFigures = Pick<DayReport, 'changes' | 'identifications' | 'unlocks' | 'staff' | 'requests'>;

/** Where a change stands, as the office counts it: not yet decided is "still pending". */
export function reportOutcomeOf(state: ChangeState): ReportOutcome {
  switch (state) {
    case 'pending':
    case 'sending':
    case 'blocked':
      return 'pending';
    default:
      return state;
  }
}

function noOutcomes(): OutcomeCounts {
  return Object.fromEntries(reportOutcomes.map((outcome) => [outcome, 0])) as OutcomeCounts;
}

const changeActions = new Set<AuditEntry['action']>(['device.unlink', 'device.unlinkAll', 'unlock.request']);

/**
 * The day's figures from its changes (those accepted that day, in their masked form) and its audit
 * entries. Each `changeId` counts once, whatever the caller hands over twice: a change sits in
 * both the store and the archive between a batch file written and its journal record.
 */
export function dayFigures(changes: Iterable<ArchivedChange>, entries: readonly AuditEntry[]): DayFigures {
  const once = new Map<string, ArchivedChange>();
  for (const change of changes) if (!once.has(change.changeId)) once.set(change.changeId, change);
  const dayChanges = [...once.values()].sort(
    (a, b) => Date.parse(a.acceptedAt) - Date.parse(b.acceptedAt) || a.seq - b.seq,
  );

  const byKind = Object.fromEntries(
    changeKinds.map((kind) => [kind, noOutcomes()]),
  ) as DayFigures['changes']['byKind'];
  const total = noOutcomes();
  for (const change of dayChanges) {
    const outcome = reportOutcomeOf(change.finalState);
    byKind[change.kind][outcome] += 1;
    total[outcome] += 1;
  }

  const identifications = Object.fromEntries(
    VerificationMethod.options.map((method) => [method, { succeeded: 0, failed: 0 }]),
  ) as DayFigures['identifications'];
  const unlocks = new Map(reportLockReasons.map((reason) => [reason, { requested: 0, refusedAtKiosk: 0 }]));
  const withdrawn = new Set(
    entries.filter((entry) => entry.action === 'change.withdrawn').map((entry) => entry.changeId),
  );
  const staff = new Map<string, StaffDayWork>();
  const workOf = (staffId: string): StaffDayWork => {
    let work = staff.get(staffId);
    if (work === undefined) {
      work = { staffId, signIns: 0, attested: 0, changes: 0, receiptsPrinted: 0 };
      staff.set(staffId, work);
    }
    return work;
  };

  for (const entry of entries) {
    switch (entry.action) {
      case 'session.verified':
        if (entry.verifiedBy !== undefined) identifications[entry.verifiedBy].succeeded += 1;
        break;
      case 'session.verificationFailed':
        if (entry.verifiedBy !== undefined) identifications[entry.verifiedBy].failed += 1;
        break;
      case 'session.attested':
        identifications.staff.succeeded += 1;
        if (entry.staffId !== undefined) workOf(entry.staffId).attested += 1;
        break;
      case 'unlock.refused':
        (unlocks.get(reportLockReasonOf(entry)) as { refusedAtKiosk: number }).refusedAtKiosk += 1;
        break;
      case 'staff.signIn':
        if (entry.staffId !== undefined) workOf(entry.staffId).signIns += 1;
        break;
      case 'receipt.printed':
        if (entry.staffId !== undefined && entry.outcome === 'printed')
          workOf(entry.staffId).receiptsPrinted += 1;
        break;
      default:
        break;
    }
    if (changeActions.has(entry.action) && !withdrawn.has(entry.changeId)) {
      if (entry.action === 'unlock.request') {
        (unlocks.get(reportLockReasonOf(entry)) as { requested: number }).requested += 1;
      }
      if (entry.actor === 'staff' && entry.staffId !== undefined) workOf(entry.staffId).changes += 1;
    }
  }

  return {
    changes: { byKind, total },
    identifications,
    unlocks: [...unlocks]
      .filter(([, counts]) => counts.requested + counts.refusedAtKiosk > 0)
      .map(([lockReason, counts]) => ({ lockReason, ...counts })),
    staff: [...staff.values()].sort((a, b) => a.staffId.localeCompare(b.staffId)),
    requests: dayChanges.map((change) => ({
      at: change.acceptedAt,
      reference: change.reference,
      idNumberMasked: change.idNumberMasked,
      kind: change.kind,
      state: change.finalState,
    })),
  };
}
