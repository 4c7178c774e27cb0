import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../../renderer/src/format/date.js';
import { DEMO_DEVICE_IDS } from '../../../upstream/demo/demoAccounts.js';
import { pdfText } from '../../unit/receipts/pdfTools.js';
import { DEMO, STAFF, startCoreRig } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('request.lookup', () => {
  it('online: answers from the national system, with no session and no personal data', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    const receipt = await rig.call('unlock.request', {});
    await rig.call('session.end', {});
    // Typed the way people type it: lower case, spaces instead of the dash.
    const typed = receipt.reference.toLowerCase().replace('-', ' ');
    const found = await rig.call('request.lookup', { reference: typed });
    expect(found).toEqual({
      reference: receipt.reference,
      kind: 'unlock-request',
      state: 'applied',
      outcomeCode: 'UNLOCKED',
      requestStatus: 'approved',
      acceptedAt: receipt.acceptedAt,
      updatedAt: expect.any(String),
      basis: 'national-system',
    });
    expect(JSON.stringify(found)).not.toMatch(/0421|Bình/);
  });

  it('answers a change not sent yet from this kiosk, while the national system does not know it', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    rig.offline();
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    await rig.call('staff.signOut', {});
    // Held here, so the change stays unsent for the rest of the test.
    await rig.core.sync.stop();
    // Offline: only this kiosk can answer, and says the national system could not be asked.
    await expect(rig.call('request.lookup', { reference: receipt.reference })).resolves.toMatchObject({
      reference: receipt.reference,
      kind: 'unlink-device',
      state: 'pending',
      basis: 'not-checked',
    });
    // Online, but the change has not reached the national system: still this kiosk's answer.
    rig.online();
    await expect(rig.call('request.lookup', { reference: receipt.reference })).resolves.toMatchObject({
      state: 'pending',
      basis: 'not-yet-received',
    });
  });

  it('offline: finds a finished change in the archive', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    expect(receipt.state).toBe('applied');
    await rig.store.compact();
    expect(rig.store.get(receipt.changeId)).toBeUndefined();
    rig.offline();
    await expect(rig.call('request.lookup', { reference: receipt.reference })).resolves.toMatchObject({
      state: 'applied',
      outcomeCode: 'DEVICE_UNLINKED',
      basis: 'kiosk-record',
    });
  });

  it('after the national system lost its record: done, by this kiosk\'s record, never "no information"', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    await rig.call('session.end', {});
    // As the demo's national system does when it restarts without its data folder.
    vi.spyOn(rig.upstream.state, 'findByReference').mockReturnValue(undefined);
    await expect(rig.call('request.lookup', { reference: receipt.reference })).resolves.toMatchObject({
      state: 'applied',
      outcomeCode: 'DEVICE_UNLINKED',
      acceptedAt: receipt.acceptedAt,
      basis: 'kiosk-record',
    });
  });

  it('shows the time on the slip, not when the national system received the change', async () => {
    // The kiosk's clock runs three minutes behind the national system's, as a queued change
    // reaches it later: either way the two times differ.
    rig = await startCoreRig({ now: () => new Date(Date.now() - 3 * 60_000) });
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    const slip = await pdfText(
      Buffer.from((await rig.call('receipt.get', { changeId: receipt.changeId })).pdfBase64, 'base64'),
    );
    await rig.call('session.end', {});
    const found = await rig.call('request.lookup', { reference: receipt.reference });
    const received = rig.upstream.state.entry(receipt.changeId)?.receivedAt ?? '';
    expect(formatDateTime(received)).not.toBe(formatDateTime(receipt.acceptedAt));
    expect(found).toMatchObject({ basis: 'national-system', acceptedAt: receipt.acceptedAt });
    // What the lookup screen shows under "Ngày tiếp nhận" is on the slip, word for word.
    expect(slip).toContain(formatDateTime(found.acceptedAt ?? ''));
    expect(slip).not.toContain(formatDateTime(received));
  });

  it('refuses a malformed reference, and says when none matches anywhere', async () => {
    rig = await startCoreRig();
    expect((await rig.refusal('request.lookup', { reference: 'XYZ' })).code).toBe('BAD_REFERENCE');
    expect((await rig.refusal('request.lookup', { reference: '12345-6789G' })).code).toBe('BAD_REFERENCE');
    expect((await rig.refusal('request.lookup', { reference: 'ABCDE-12345' })).code).toBe(
      'REQUEST_NOT_FOUND',
    );
    rig.offline();
    expect((await rig.refusal('request.lookup', { reference: 'ABCDE-12345' })).code).toBe(
      'REQUEST_NOT_FOUND',
    );
  });
});

describe('request.lookup: "In lại phiếu"', () => {
  const pdfOf = (document: { pdfBase64: string }) => Buffer.from(document.pdfBase64, 'base64');

  it('is offered to the staff member who served the request, and the slip shows no more than the first', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    const first = await pdfText(pdfOf(await rig.call('receipt.get', { changeId: receipt.changeId })));
    await rig.call('session.end', {});
    // The citizen has gone; the staff member who served them is still signed in.
    const found = await rig.call('request.lookup', { reference: receipt.reference });
    expect(found.reprintChangeId).toBe(receipt.changeId);
    const again = await pdfText(
      pdfOf(await rig.call('receipt.get', { changeId: found.reprintChangeId ?? '' })),
    );
    // The same slip, the printing time aside, less the device's name only the citizen saw.
    const withoutPrintTime = (text: string) => text.replace(/In lúc: [\d/: ]+/, '').trim();
    expect(withoutPrintTime(again)).toBe(withoutPrintTime(first).replace(': Samsung Galaxy A52', ''));
    expect(first).toContain('Samsung Galaxy A52');
    expect(again).toContain(receipt.reference);
    expect(again).toContain('0010****2345');
    expect(again).not.toContain(DEMO.an.id);
  });

  it('is offered to the citizen who made it, in the same session, and to no one else', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    const inSession = await rig.call('request.lookup', { reference: receipt.reference });
    expect(inSession.reprintChangeId).toBe(receipt.changeId);
    // Another citizen at the kiosk, then nobody, then a staff member who did not serve it.
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    expect(
      (await rig.call('request.lookup', { reference: receipt.reference })).reprintChangeId,
    ).toBeUndefined();
    await rig.call('session.end', {});
    expect(
      (await rig.call('request.lookup', { reference: receipt.reference })).reprintChangeId,
    ).toBeUndefined();
    await rig.call('staff.signIn', STAFF);
    const byStaff = await rig.call('request.lookup', { reference: receipt.reference });
    expect(byStaff.reprintChangeId).toBeUndefined();
    // And the receipt's own rule agrees: the slip is refused to them all the same.
    expect((await rig.refusal('receipt.get', { changeId: receipt.changeId })).code).toBe(
      'RECEIPT_NOT_AVAILABLE',
    );
  });
});
