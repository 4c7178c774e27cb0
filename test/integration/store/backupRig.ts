import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog } from '../../../electron/core/audit/AuditLog.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import type { DataKeySource } from '../../../electron/core/store/keys/dataKey.js';
import type { KioskCommandContext } from '../../../electron/core/store/backup/backupCommands.js';
import type { KioskStore } from '../../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import type { QueuedChange } from '../../../electron/core/store/kioskDocument.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';

export const KIOSK = { kioskId: 'KIOSK-TEST-01', secret: 'a-test-secret-of-some-length' } as const;
export const now = () => new Date('2026-12-01T03:04:05.000Z');

/** A kiosk's data folder, a USB stick beside it, and the store and audit log on the folder. */
export interface BackupRig {
  root: string;
  dataDir: string;
  usb: string;
  keySource: DataKeySource;
  store: KioskStore;
  audit: AuditLog;
  /** Changes acknowledged so far, with the state each was left in. */
  acknowledged: Map<string, ChangeState>;
  /** One change accepted, audited, then patched to `state` (each step durable before the next). */
  accept(state?: ChangeState): Promise<QueuedChange>;
  reopen(): Promise<void>;
  close(): Promise<void>;
  /** Folders under the USB stick, and whether each holds a manifest. */
  backupsOnUsb(): Promise<{ name: string; complete: boolean }[]>;
  remove(): Promise<void>;
}

export async function startBackupRig(): Promise<BackupRig> {
  const root = await mkdtemp(join(tmpdir(), 'kiosk-backup-'));
  const dataDir = join(root, 'data');
  const usb = join(root, 'usb');
  await mkdir(usb);
  const keySource = keyFileSource(join(dataDir, 'kiosk.key'));
  const open = async () => {
    const store = await openKioskStore({ dataDir, keySource, now });
    return { store, audit: new AuditLog({ store }) };
  };
  let seq = 0;
  const rig: BackupRig = {
    root,
    dataDir,
    usb,
    keySource,
    ...(await open()),
    acknowledged: new Map(),
    async accept(state = 'pending') {
      seq += 1;
      const entry = queuedChange(seq);
      const { changeId } = entry.change;
      // The change and its audit line in one flush, as the queue does.
      await rig.store.commit(
        [accepted(entry)],
        [{ action: 'device.unlink', actor: 'staff', staffId: 'CB01', changeId }],
      );
      if (state !== 'pending') {
        await rig.store.commit([
          { type: 'change.patched', changeId, at: now().toISOString(), patch: { state } },
        ]);
      }
      rig.acknowledged.set(changeId, state);
      return entry;
    },
    async reopen() {
      await rig.close();
      Object.assign(rig, await open());
    },
    async close() {
      await rig.audit.close();
      await rig.store.close();
    },
    async backupsOnUsb() {
      const names = await readdir(usb);
      return Promise.all(
        names.map(async (name) => ({
          name,
          complete: await stat(join(usb, name, 'manifest.json')).then(
            () => true,
            () => false,
          ),
        })),
      );
    },
    async remove() {
      await rig.close().catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
  return rig;
}

/** What `npm run backup` / `npm run restore` get on the rig's kiosk, their lines kept in `lines`. */
export function commandContext(
  rig: BackupRig,
  lines: { out: string[]; err: string[] },
  extra: Partial<KioskCommandContext> = {},
): KioskCommandContext {
  return {
    ...KIOSK,
    dataDir: rig.dataDir,
    cwd: rig.root,
    out: (line) => lines.out.push(line),
    err: (line) => lines.err.push(line),
    now,
    ...extra,
  };
}
