import { join } from 'node:path';
import { KioskEventHub } from '../../../electron/core/events/KioskEventHub.js';
import { ChangeQueue } from '../../../electron/core/queue/ChangeQueue.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';

// Run by the crash test, killed with SIGKILL at moments it chooses from these lines. Each line
// is written synchronously to a pipe (Node writes pipes synchronously on Linux), so a line
// reaching the parent means what it reports was done before the kill: "ACK <id>" means the
// promise of a durable change resolved, "APPLIED <id>…" that their final state is durable.
const dataDir = process.argv[2] ?? '';
const store = await openKioskStore({
  dataDir,
  keySource: keyFileSource(join(dataDir, 'kiosk.key')),
  foldAfterRecords: 25,
});
const queue = new ChangeQueue(store, new KioskEventHub());
process.stdout.write(`OPEN ${store.read().changes.length}\n`);

for (let round = 0; ; round++) {
  const receipts = await Promise.all(
    Array.from({ length: 1 + (round % 4) }, () =>
      queue.accept({
        kind: 'unlink-device',
        idNumber: '001090012345',
        deviceId: `device-${round}`,
        evidence: { method: 'staff', verifiedAt: new Date().toISOString(), staffId: 'CB01' },
      }),
    ),
  );
  for (const receipt of receipts) process.stdout.write(`ACK ${receipt.changeId}\n`);
  // Move some changes on, as sync would, so crashes also land mid-transition and mid-fold.
  const owed = queue
    .unfinished()
    .slice(0, 3)
    .map((entry) => entry.change.changeId);
  await queue.markSending(owed);
  process.stdout.write(`SENDING ${owed.length}\n`);
  if (round % 2 === 0) {
    await queue.recordResults(
      owed.map((changeId) => ({ changeId, outcome: 'applied', code: 'DEVICE_UNLINKED', message: '' })),
    );
    process.stdout.write(`APPLIED ${owed.join(' ')}\n`);
  }
}
