import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalRecords } from '../../support/storeFixtures.js';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

/** The same date of birth in every way a file could hold it in clear. */
function spellings(isoDate: string): string[] {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return [isoDate, `${day}/${month}/${year}`, `${year}${month}${day}`, `${day}${month}${year}`];
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
    ),
  );
  return files.flat();
}

async function attestOfflineAndUnlinkAll(current: CoreRig, dateOfBirth: string): Promise<string> {
  await current.call('staff.signIn', STAFF);
  current.offline();
  await current.call('session.attestByStaff', { idNumber: DEMO.an.id, dateOfBirth, cardChecked: true });
  const receipt = await current.call('device.unlinkAll', {});
  expect(receipt.state).toBe('pending');
  return receipt.changeId;
}

describe('offline staff attestation: the full date of birth', () => {
  it('goes into the evidence, and a wrong day and month are rejected by the national system', async () => {
    rig = await startCoreRig();
    // The right year (the kiosk can check only that offline), the wrong day and month.
    const changeId = await attestOfflineAndUnlinkAll(rig, '1990-12-05');
    expect(rig.store.get(changeId)?.change.evidence).toMatchObject({
      method: 'staff',
      staffId: 'CB01',
      dateOfBirth: '1990-12-05',
    });
    rig.online();
    await until(() => rig?.store.get(changeId)?.state === 'rejected', 5_000, 'the unlink-all to be answered');
    expect(rig.store.get(changeId)?.outcomeCode).toBe('DATE_OF_BIRTH_MISMATCH');
    expect(rig.upstream.state.account(DEMO.an.id)?.devices).toHaveLength(2);
  });

  it('is sealed in the store, and never written in clear: not in the archive, nor anywhere in the data folder', async () => {
    rig = await startCoreRig();
    const changeId = await attestOfflineAndUnlinkAll(rig, DEMO.an.dob);
    rig.online();
    await until(() => rig?.store.get(changeId)?.state === 'applied', 5_000, 'the unlink-all to sync');
    expect(rig.upstream.state.account(DEMO.an.id)?.devices).toEqual([]);

    // The journal holds it, sealed: opened with the key, the accepted change carries the date.
    const accepted = (await journalRecords(rig.dataDir)).find(
      (record) => (record as { type: string }).type === 'change.accepted',
    );
    expect(JSON.stringify(accepted)).toContain(`"dateOfBirth":"${DEMO.an.dob}"`);

    await rig.store.compact();
    expect(rig.store.get(changeId)).toBeUndefined();
    const archived = (await filesUnder(join(rig.dataDir, 'archive'))).filter((file) =>
      file.endsWith('.jsonl'),
    );
    expect(archived).toHaveLength(1);
    const line = await readFile(archived[0] ?? '', 'utf8');
    expect(line).toContain(changeId);
    expect(line).toContain('"verifiedBy":"staff"');

    for (const file of await filesUnder(rig.dataDir)) {
      const bytes = await readFile(file);
      for (const spelling of spellings(DEMO.an.dob)) {
        expect(bytes.includes(spelling), `${file} holds ${spelling}`).toBe(false);
      }
    }
  });
});
