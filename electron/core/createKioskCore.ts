import type { KioskInfo } from '../../shared/ipc/contract.js';
import { KioskEventHub } from './events/KioskEventHub.js';
import { createHandlerTable } from './handlers/handlerTable.js';
import type { HandlerTable } from './handlers/handlerTable.js';
import { createKioskHandlers } from './handlers/kioskHandlers.js';
import { ChangeQueue } from './queue/ChangeQueue.js';
import { CitizenSession } from './session/CitizenSession.js';
import type { KioskStore } from './store/KioskStore.js';
import { ChangeSync } from './sync/ChangeSync.js';
import type { RetryPolicy } from './sync/retryPolicy.js';
import { UpstreamClient } from './upstream/UpstreamClient.js';
import type { KioskCredentials } from './upstream/requestSigner.js';

export interface KioskCoreOptions {
  info: KioskInfo;
  store: KioskStore;
  upstreamUrl: string;
  credentials: KioskCredentials;
  now?: () => Date;
  /** Backoff and probing of the sync engine; DESIGN §5's defaults when omitted. */
  retryPolicy?: Partial<RetryPolicy>;
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
    ...(options.retryPolicy === undefined ? {} : { policy: options.retryPolicy }),
  });
  const session = new CitizenSession();
  const handlers = createHandlerTable(
    createKioskHandlers({ info: options.info, session, upstream, queue, sync, events, now }),
  );
  // Changes left over from the last run (including ones caught mid-send by a crash) go first.
  sync.start();
  return {
    handlers,
    events,
    sync,
    async close() {
      session.end();
      await sync.stop();
      await options.store.close();
    },
  };
}
