import type { BackupWritten, KioskInfo } from '../../../shared/ipc/contract.js';
import type { KioskMode } from '../../../shared/domain/kioskMode.js';
import type { AuditLog } from '../audit/AuditLog.js';
import type { AuditReader } from '../audit/AuditReader.js';
import type { FirstRun } from '../provisioning/FirstRun.js';
import type { KioskEventHub } from '../events/KioskEventHub.js';
import type { ChangeQueue } from '../queue/ChangeQueue.js';
import type { ReceiptPrinter } from '../receipts/ReceiptPrinter.js';
import type { DayReports } from '../report/DayReports.js';
import type { ExportSaver } from '../report/ExportSaver.js';
import type { KioskChanges } from '../requests/KioskChanges.js';
import type { CitizenSession } from '../session/CitizenSession.js';
import type { StaffAccounts } from '../staff/StaffAccounts.js';
import type { StaffDirectory } from '../staff/StaffDirectory.js';
import type { StaffSession } from '../staff/StaffSession.js';
import type { KioskStore } from '../store/KioskStore.js';
import type { ChangeSync } from '../sync/ChangeSync.js';
import type { UpstreamClient } from '../upstream/UpstreamClient.js';

/** What the citizen-facing services need of the national system. */
export type CitizenUpstream = Pick<UpstreamClient, 'verify' | 'requestOtp' | 'readAccount' | 'lookupRequest'>;

/** Who this kiosk is; where setup stands is read live (`KioskServices.firstRun`). */
export type KioskIdentity = Omit<KioskInfo, 'mode' | 'setup'>;

/** Everything the handlers work with; built once by createKioskCore. */
export interface KioskServices {
  info: KioskIdentity & { mode: KioskMode };
  /** The first run of a provisioned kiosk (issue 10); always `complete` in demo. */
  firstRun: FirstRun;
  session: CitizenSession;
  staff: StaffSession;
  staffDirectory: StaffDirectory;
  /** Staff accounts (issue 11): enrolment with setup codes, PIN changes, a supervisor's care. */
  staffAccounts: StaffAccounts;
  /** Resolves once first-start enrolment (the demo staff member) is on disk. */
  staffReady: Promise<void>;
  upstream: CitizenUpstream;
  queue: ChangeQueue;
  sync: Pick<
    ChangeSync,
    'sendNow' | 'status' | 'connection' | 'resend' | 'resendable' | 'close' | 'sendAll' | 'ageingThresholds'
  >;
  changes: KioskChanges;
  audit: AuditLog;
  /** Reads the audit log for staff (issue 11, part A). */
  auditReader: AuditReader;
  /** The store's notices for staff (issue 9). */
  storeNotices: Pick<KioskStore, 'notices' | 'acknowledgeNotice'>;
  events: KioskEventHub;
  /** Backs the data folder up into a new folder inside `destination` (store/backup). */
  backup: (destination: string) => Promise<BackupWritten>;
  /** Absent on a host without a printer (the web host). */
  printer?: ReceiptPrinter;
  /** The day report (issue 11). */
  dayReports: DayReports;
  /** Saves office exports where staff pick (Electron); absent on the web host, which downloads them. */
  exportSaver?: ExportSaver;
  now: () => Date;
}
