import { z } from 'zod';
import { lockReasons } from '../domain/account.js';
import { ChangeKind, ChangeState, VerificationMethod } from '../domain/change.js';
import { ExportedFile, ExportSaved } from './exportedFile.js';

/** A calendar day in Vietnam time (UTC+7), YYYY-MM-DD. */
export const ReportDay = z.iso.date();
export type ReportDay = z.infer<typeof ReportDay>;

/**
 * Where a change of the day stands now. `pending` gathers what the national system has not
 * decided yet (pending, sending, blocked): the office sees it as "still pending".
 */
export const reportOutcomes = ['applied', 'duplicate', 'rejected', 'conflict', 'closed', 'pending'] as const;
export const ReportOutcome = z.enum(reportOutcomes);
export type ReportOutcome = z.infer<typeof ReportOutcome>;

const Count = z.number().int().nonnegative();

export const OutcomeCounts = z.object(
  Object.fromEntries(reportOutcomes.map((outcome) => [outcome, Count])) as Record<
    ReportOutcome,
    typeof Count
  >,
);
export type OutcomeCounts = z.infer<typeof OutcomeCounts>;

/**
 * The ground of the lock an unlock request was about: the account's lock reason, `not-locked`
 * when there was no lock (refused at the kiosk), `unknown` when the kiosk could not read it
 * (an offline attestation, or an entry from before issue 11).
 */
export const reportLockReasons = [...lockReasons, 'not-locked', 'unknown'] as const;
export const ReportLockReason = z.enum(reportLockReasons);
export type ReportLockReason = z.infer<typeof ReportLockReason>;

export const DayReportRequest = z
  .object({
    /** When the request was accepted at the kiosk. */
    at: z.iso.datetime({ offset: true }),
    reference: z.string(),
    idNumberMasked: z.string().regex(/^\d{4}\*+\d{4}$/),
    kind: ChangeKind,
    state: ChangeState,
  })
  .strict();
export type DayReportRequest = z.infer<typeof DayReportRequest>;

export const StaffDayWork = z
  .object({
    staffId: z.string(),
    signIns: Count,
    /** Citizens identified by checking their card (staff attestation). */
    attested: Count,
    /** Changes accepted while this member was signed in (assisted mode). */
    changes: Count,
    /** Receipts printed while this member was signed in. */
    receiptsPrinted: Count,
  })
  .strict();
export type StaffDayWork = z.infer<typeof StaffDayWork>;

/** The office's figures for one day; no full ID number and no name (DESIGN §5). */
export const DayReport = z
  .object({
    day: ReportDay,
    communeName: z.string(),
    kioskId: z.string(),
    generatedAt: z.iso.datetime({ offset: true }),
    /** The earliest and latest days a report can be asked for now. */
    earliestDay: ReportDay,
    latestDay: ReportDay,
    /** The day's changes (accepted that day), each once, by kind and by where they stand now. */
    changes: z.object({ byKind: z.record(ChangeKind, OutcomeCounts), total: OutcomeCounts }).strict(),
    identifications: z.record(VerificationMethod, z.object({ succeeded: Count, failed: Count }).strict()),
    unlocks: z.array(
      z.object({ lockReason: ReportLockReason, requested: Count, refusedAtKiosk: Count }).strict(),
    ),
    staff: z.array(StaffDayWork),
    requests: z.array(DayReportRequest),
  })
  .strict();
export type DayReport = z.infer<typeof DayReport>;

export const ReportFormat = z.enum(['pdf', 'csv']);
export type ReportFormat = z.infer<typeof ReportFormat>;

const ExportArgs = z.object({ day: ReportDay, format: ReportFormat }).strict();

/** The day report (issue 11). Staff only: a citizen or nobody signed in gets STAFF_REQUIRED. */
export const reportMethods = {
  /** Today (Vietnam time) when `day` is absent. */
  'report.day': { args: z.object({ day: ReportDay.optional() }).strict(), result: DayReport },
  'report.export': { args: ExportArgs, result: ExportedFile },
  'report.save': { args: ExportArgs, result: ExportSaved },
  /** `printed: false` when this host has no printer (the web host): the renderer offers the PDF. */
  'report.print': {
    args: z.object({ day: ReportDay }).strict(),
    result: z.object({ printed: z.boolean() }).strict(),
  },
} as const;
