import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKioskCore } from '../../../electron/core/createKioskCore.js';
import type { KioskCore, KioskCoreOptions } from '../../../electron/core/createKioskCore.js';
import type { AppendFileOpener } from '../../../electron/core/store/appendWhole.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import type { ReadDiskSpace } from '../../../electron/core/store/notices/diskSpace.js';
import type {
  KioskEventName,
  KioskEventPayload,
  KioskMethod,
  MethodArgs,
  MethodResult,
} from '../../../shared/ipc/contract.js';
import type { KioskErrorShape } from '../../../shared/ipc/errors.js';
import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { createReferenceUpstream } from '../../../upstream/server.js';
import type { ReferenceUpstream, RunningUpstream } from '../../../upstream/server.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { testPolicy, until } from '../sync/syncRig.js';

export const COMMUNE = 'UBND xã Cẩm Bình';

export type CoreOverrides = Partial<
  Pick<
    KioskCoreOptions,
    'idle' | 'initialStaff' | 'receiptPrinter' | 'exportSaver' | 'now' | 'timers' | 'retryPolicy' | 'mode'
  >
> & {
  /** The disk under the store's append-only files (test/support/playedDisk.ts fills it up). */
  appendFiles?: AppendFileOpener;
  /** The free space the store sees on its disk (`fs.statfs` by default). */
  diskSpace?: ReadDiskSpace;
  /** The national system drops every connection from before the kiosk starts (`online()` ends it). */
  offlineAtStart?: boolean;
};

export interface CoreRig {
  upstream: ReferenceUpstream;
  running: RunningUpstream;
  dataDir: string;
  store: KioskStore;
  core: KioskCore;
  events: { event: KioskEventName; payload: unknown }[];
  call<M extends KioskMethod>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>>;
  /** The error a call ends with; fails the test if it succeeds. */
  refusal(method: KioskMethod, args: unknown): Promise<KioskErrorShape>;
  /** The latest OTP the reference service "sent" (its development endpoint). */
  otpFor(idNumber: string): Promise<string>;
  /** The national system stops answering (every connection dropped), or answers again. */
  offline(): void;
  online(): void;
  eventsOf<E extends KioskEventName>(event: E): KioskEventPayload<E>[];
  /** The kiosk restarts on the same data folder. */
  restart(overrides?: CoreOverrides): Promise<void>;
  close(): Promise<void>;
}

/** A kiosk core on a real store in a temp folder, talking to the real reference service. */
export async function startCoreRig(overrides: CoreOverrides = {}): Promise<CoreRig> {
  const upstream = createReferenceUpstream({
    kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret },
    devEndpoints: true,
    admin: true,
    reportError: () => undefined,
    log: () => undefined,
  });
  const running = await upstream.listen(0);
  if (overrides.offlineAtStart === true) upstream.faults.update({ dropRate: 1 });
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-core-'));
  const events: CoreRig['events'] = [];

  // `offlineAtStart` rides along in `options`; createKioskCore ignores what it does not know.
  const build = async ({ appendFiles, diskSpace, ...options }: CoreOverrides) => {
    // The key in a file beside the data, as on the web host, so a test can read the journal too.
    const keySource = keyFileSource(join(dataDir, 'kiosk.key'));
    const store = await openKioskStore({
      dataDir,
      keySource,
      ...(appendFiles === undefined ? {} : { appendFiles }),
      ...(diskSpace === undefined ? {} : { diskSpace }),
    });
    const core = createKioskCore({
      info: {
        kioskId: DEMO_KIOSK.kioskId,
        communeName: COMMUNE,
        appVersion: '0.0.0-test',
        idleSeconds: { selfService: 90, assisted: 300 },
      },
      store,
      keySource,
      dataDir,
      upstreamUrl: running.url,
      credentials: { kioskId: DEMO_KIOSK.kioskId, secret: DEMO_KIOSK.secret },
      retryPolicy: testPolicy,
      ...options,
    });
    core.events.subscribe((event, payload) => events.push({ event, payload }));
    return { store, core };
  };

  const rig: CoreRig = {
    upstream,
    running,
    dataDir,
    ...(await build(overrides)),
    events,
    async call(method, args) {
      const response = await rig.core.handlers.invoke(method, args);
      if (!response.ok)
        throw new Error(`${method} failed: ${response.error.code}: ${response.error.message}`);
      return response.value as never;
    },
    async refusal(method, args) {
      const response = await rig.core.handlers.invoke(method, args);
      if (response.ok) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(response.value)}`);
      return response.error;
    },
    async otpFor(idNumber) {
      const answer = await fetch(`${rig.running.url}/dev/otp/${idNumber}`);
      return ((await answer.json()) as { otp: string }).otp;
    },
    offline() {
      upstream.faults.update({ dropRate: 1 });
    },
    online() {
      upstream.faults.update({ dropRate: 0 });
    },
    eventsOf(event) {
      return events.filter((entry) => entry.event === event).map((entry) => entry.payload) as never;
    },
    async restart(next = {}) {
      await rig.core.close();
      Object.assign(rig, await build(next));
    },
    async close() {
      await rig.core.close();
      await rig.running.close().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return rig;
}

export { until };

export const STAFF = { staffId: 'CB01', pin: '2468' } as const;

export const DEMO = {
  an: { id: '001090012345', dob: '1990-05-12' },
  binh: { id: '042195001234', dob: '1995-08-03' },
  cuong: { id: '042075009876', dob: '1975-01-20' },
  dung: { id: '038301004321', dob: '2001-11-14' },
  em: { id: '040088005555', dob: '1988-06-30' },
  giang: { id: '042197003333', dob: '1997-09-09' },
} as const;
