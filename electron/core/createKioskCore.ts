import type { KioskMode } from '../../shared/domain/kioskMode.js';
import type { AgeingThresholds } from '../../shared/domain/syncAgeing.js';
import { KioskEventHub } from './events/KioskEventHub.js';
import { createKioskServices } from './handlers/createKioskServices.js';
import type { IdleSettings } from './handlers/createKioskServices.js';
import { createHandlerTable } from './handlers/handlerTable.js';
import type { HandlerTable } from './handlers/handlerTable.js';
import { createKioskHandlers } from './handlers/kioskHandlers.js';
import type { KioskIdentity } from './handlers/kioskServices.js';
import { answeredDuringSetup } from './provisioning/setupStage.js';
import { DEMO_STAFF_ENROLMENT } from './staff/demoStaff.js';
import { ChangeQueue } from './queue/ChangeQueue.js';
import type { ReceiptPrinter } from './receipts/ReceiptPrinter.js';
import type { ExportSaver } from './report/ExportSaver.js';
import type { StaffEnrolment } from './staff/StaffDirectory.js';
import { StaffRegistrar } from './staff/StaffRegistrar.js';
import type { KioskStore } from './store/KioskStore.js';
import { backupDataFolder } from './store/backup/backupDataFolder.js';
import type { DataKeySource } from './store/keys/dataKey.js';
import { KioskError } from '../../shared/ipc/errors.js';
import { ChangeSync } from './sync/ChangeSync.js';
import type { RetryPolicy } from './sync/retryPolicy.js';
import { UpstreamClient } from './upstream/UpstreamClient.js';
import type { KioskCredentials } from '../../shared/upstream/requestSigner.js';
import type { Timers } from './timers.js';

export interface KioskCoreOptions {
  info: KioskIdentity;
  /**
   * Demo (the default, for tests and `npm start`) enrols the demo staff member at a first start;
   * production never does, and runs the first-run setup of a provisioned store.
   */
  mode?: KioskMode;
  store: KioskStore;
  /** The data folder the store lives in: the audit log and the archive are read and written here. */
  dataDir: string;
  upstreamUrl: string;
  credentials: KioskCredentials;
  now?: () => Date;
  /** Backoff and probing of the sync engine; DESIGN §5's defaults when omitted. */
  retryPolicy?: Partial<RetryPolicy>;
  /**
   * The core's own idle limits, a safety net behind the renderer's countdown. By default twice
   * the renderer's (`info.idleSeconds`), so the countdown always has time to run first.
   */
  idle?: Partial<IdleSettings>;
  /** When the oldest unsent change turns the sync status to a warning, then an escalation. */
  ageing?: AgeingThresholds;
  /** Enrolled at the first start when no staff are enrolled; in demo mode the demo staff member by default. */
  initialStaff?: readonly StaffEnrolment[];
  /**
   * Where the store's data key comes from (what it was opened with): a backup carries the key,
   * wrapped with the kiosk secret. Without it `store.backup` is refused.
   */
  keySource?: DataKeySource;
  /** The Electron shell's printer; the web host has none. */
  receiptPrinter?: ReceiptPrinter;
  /** The Electron shell saves office exports into a folder staff pick; the web host downloads them. */
  exportSaver?: ExportSaver;
  timers?: Timers;
}

/** The kiosk back end both hosts share: one handler table, one event hub. */
export interface KioskCore {
  handlers: HandlerTable;
  events: KioskEventHub;
  sync: ChangeSync;
  close(): Promise<void>;
}

export function createKioskCore(options: KioskCoreOptions): KioskCore {
  const now = options.now ?? (() => new Date());
  const events = new KioskEventHub();
  const queue = new ChangeQueue(options.store, events, now);
  const upstream = new UpstreamClient({
    baseUrl: options.upstreamUrl,
    credentials: options.credentials,
    now: () => now().getTime(),
  });
  const sync = new ChangeSync(queue, upstream, events, {
    now: () => now().getTime(),
    storeWrites: options.store.writes,
    ...(options.ageing === undefined ? {} : { ageing: options.ageing }),
    ...(options.retryPolicy === undefined ? {} : { policy: options.retryPolicy }),
  });
  const backup = async (destination: string) => {
    if (options.keySource === undefined) {
      throw new KioskError('BACKUP_FAILED', 'This kiosk was started without its data key source.', {
        reason: 'SOURCE_UNREADABLE',
      });
    }
    return backupDataFolder(options.store, {
      dataDir: options.dataDir,
      to: destination,
      kioskId: options.credentials.kioskId,
      secret: options.credentials.secret,
      keySource: options.keySource,
      now,
    });
  };
  const mode = options.mode ?? 'demo';
  const initialStaff = options.initialStaff ?? (mode === 'demo' ? [DEMO_STAFF_ENROLMENT] : []);
  const services = createKioskServices({
    info: { ...options.info, mode },
    store: options.store,
    dataDir: options.dataDir,
    events,
    queue,
    sync,
    upstream,
    now,
    backup,
    idle: {
      citizenMs: 2_000 * options.info.idleSeconds.selfService,
      assistedMs: 2_000 * options.info.idleSeconds.assisted,
      ...options.idle,
    },
    initialStaff,
    ...(options.keySource === undefined ? {} : { keySource: options.keySource }),
    ...(options.receiptPrinter === undefined ? {} : { printer: options.receiptPrinter }),
    ...(options.exportSaver === undefined ? {} : { exportSaver: options.exportSaver }),
    ...(options.timers === undefined ? {} : { timers: options.timers }),
  });
  // Registers enrolled staff the national system does not know yet, whenever it can be reached.
  const registrar = new StaffRegistrar({
    store: options.store,
    directory: services.staffDirectory,
    upstream,
    now,
    ...(options.retryPolicy === undefined ? {} : { policy: options.retryPolicy }),
    ...(options.timers === undefined ? {} : { timers: options.timers }),
  });
  const handlers = createHandlerTable(createKioskHandlers(services), {
    refuse: (method) =>
      answeredDuringSetup(method) || services.firstRun.stage() === 'complete'
        ? undefined
        : new KioskError('SETUP_REQUIRED', 'The first-run setup of this kiosk is not complete.'),
  });
  // The screen hears that notices changed, not what they say: reading them is for staff only.
  const stopNotices = options.store.noticesChanged.subscribe(() => events.emit('store.noticesChanged', {}));
  // Changes left over from the last run (including ones caught mid-send by a crash) go first.
  sync.start();
  registrar.start();
  return {
    handlers,
    events,
    sync,
    async close() {
      stopNotices();
      await services.close();
      await registrar.stop();
      await sync.stop();
      await options.store.close();
    },
  };
}
