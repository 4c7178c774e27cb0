import { RecoveryKitError } from '../store/recovery/RecoveryKitError.js';
import { AuditLog } from '../audit/AuditLog.js';
import { AuditReader } from '../audit/AuditReader.js';
import type { KioskEventHub } from '../events/KioskEventHub.js';
import type { ChangeQueue } from '../queue/ChangeQueue.js';
import type { ReceiptPrinter } from '../receipts/ReceiptPrinter.js';
import { DayReports } from '../report/DayReports.js';
import type { ExportSaver } from '../report/ExportSaver.js';
import { KioskChanges } from '../requests/KioskChanges.js';
import { CitizenSession } from '../session/CitizenSession.js';
import { FirstRun } from '../provisioning/FirstRun.js';
import { StaffAccounts } from '../staff/StaffAccounts.js';
import { StaffDirectory } from '../staff/StaffDirectory.js';
import type { StaffEnrolment } from '../staff/StaffDirectory.js';
import { StaffSession } from '../staff/StaffSession.js';
import type { KioskStore } from '../store/KioskStore.js';
import { DEFAULT_ARCHIVE_RETENTION_DAYS } from '../store/openKioskStore.js';
import type { DataKeySource } from '../store/keys/dataKey.js';
import type { CitizenUpstream, KioskServices } from './kioskServices.js';
import { nodeTimers } from '../timers.js';
import type { Timers } from '../timers.js';

/** How long each kind of session may sit idle (DESIGN §6); settings KIOSK_*_IDLE_SECONDS. */
export interface IdleSettings {
  citizenMs: number;
  assistedMs: number;
  staffMs: number;
}

export const defaultIdleSettings: IdleSettings = {
  citizenMs: 3 * 60_000,
  assistedMs: 10 * 60_000,
  staffMs: 10 * 60_000,
};

export interface KioskServicesOptions {
  info: KioskServices['info'];
  store: KioskStore;
  /** The data folder: the audit log and the archive of finished changes live here. */
  dataDir: string;
  events: KioskEventHub;
  queue: ChangeQueue;
  sync: KioskServices['sync'];
  upstream: CitizenUpstream;
  now: () => Date;
  idle?: Partial<IdleSettings>;
  /** Enrolled at the first start, when no staff are enrolled yet (demo mode: the demo staff member). */
  initialStaff?: readonly StaffEnrolment[];
  /** The store's key source, for the recovery kit; without it the kit is refused. */
  keySource?: DataKeySource;
  printer?: ReceiptPrinter;
  /** Where office exports are saved (Electron); the web host has none. */
  exportSaver?: ExportSaver;
  /** How long the archive keeps finished changes (the store's retention), for the day report. */
  archiveRetentionDays?: number;
  timers?: Timers;
  backup: KioskServices['backup'];
}

export interface RunningServices extends KioskServices {
  close(): Promise<void>;
}

/** Builds the services the handlers use and wires their events: sessions that end tell the renderer. */
export function createKioskServices(options: KioskServicesOptions): RunningServices {
  const { events, now } = options;
  const idle = { ...defaultIdleSettings, ...options.idle };
  const timers = options.timers ?? nodeTimers;
  const audit = new AuditLog({ store: options.store });
  const record = (entry: Parameters<AuditLog['append']>[0]) => {
    audit.append(entry).catch((error: unknown) => console.error('kiosk audit: could not record', error));
  };

  // The two sessions know each other: assisted mode is "a staff member is signed in", and the
  // citizen session ends with the staff member. Only the callbacks use `staff`, after it exists.
  const session = new CitizenSession({
    selfServiceIdleMs: idle.citizenMs,
    assistedIdleMs: idle.assistedMs,
    isAssisted: () => staff.signedIn,
    now: () => now().getTime(),
    timers,
    onEnded: (reason) => {
      events.emit('session.ended', { reason });
      // Asked to end: whoever is at the kiosk did it. Otherwise the kiosk ended it (idle, or the
      // staff member it depended on signed out).
      const byStaff = reason === 'ended' ? staff.peek() : undefined;
      record({
        action: 'session.ended',
        ...(byStaff === undefined
          ? { actor: reason === 'ended' ? 'citizen' : 'kiosk' }
          : { actor: 'staff', staffId: byStaff.staffId }),
        outcome: reason,
      });
    },
  });
  const staff = new StaffSession({
    idleMs: idle.staffMs,
    now: () => now().getTime(),
    timers,
    onSignedIn: (who) =>
      events.emit('staff.changed', {
        signedIn: true,
        staffId: who.staffId,
        displayName: who.displayName,
        role: who.role,
      }),
    onSignedOut: (who, reason) => {
      // Assisted mode ends with the staff member: nobody may carry on with their attestation.
      session.end('staff-signed-out');
      record({
        action: 'staff.signOut',
        actor: reason === 'idle' ? 'kiosk' : 'staff',
        staffId: who.staffId,
        outcome: reason,
      });
      events.emit('staff.changed', { signedIn: false });
    },
  });

  const staffDirectory = new StaffDirectory(options.store, now);
  const staffReady = staffDirectory.enrolIfEmpty(options.initialStaff ?? []);
  // A failed first-start enrolment shows at sign-in; it must not be an unhandled rejection meanwhile.
  staffReady.catch((error: unknown) => console.error('kiosk: could not enrol the first staff', error));

  const firstRun = new FirstRun({
    store: options.store,
    staffDirectory,
    dataKey: async () => {
      if (options.keySource === undefined)
        throw new RecoveryKitError('WRITE_FAILED', 'This kiosk was started without its data key source.');
      return options.keySource.load({ create: false });
    },
    kioskId: options.info.kioskId,
    dataDir: options.dataDir,
    now,
  });

  return {
    info: options.info,
    firstRun,
    session,
    staff,
    staffDirectory,
    staffAccounts: new StaffAccounts({ store: options.store, directory: staffDirectory, now }),
    staffReady,
    upstream: options.upstream,
    queue: options.queue,
    sync: options.sync,
    changes: new KioskChanges(options.store),
    audit,
    auditReader: new AuditReader({
      dataDir: options.dataDir,
      enrolledStaffIds: () => options.store.read().staff.map((member) => member.staffId),
      now,
    }),
    storeNotices: options.store,
    events,
    backup: options.backup,
    ...(options.printer === undefined ? {} : { printer: options.printer }),
    dayReports: new DayReports({
      history: options.store.history,
      dataDir: options.dataDir,
      communeName: options.info.communeName,
      kioskId: options.info.kioskId,
      retentionDays: options.archiveRetentionDays ?? DEFAULT_ARCHIVE_RETENTION_DAYS,
      now,
    }),
    ...(options.exportSaver === undefined ? {} : { exportSaver: options.exportSaver }),
    now,
    async close() {
      session.clear();
      staff.signOut('signed-out');
      await staffReady.catch(() => undefined);
      await audit.close();
    },
  };
}
