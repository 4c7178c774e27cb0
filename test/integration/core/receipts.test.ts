import { afterEach, describe, expect, it } from 'vitest';
import type { ReceiptPrinter } from '../../../electron/core/receipts/ReceiptPrinter.js';
import { DEMO_DEVICE_IDS } from '../../../upstream/demo/demoAccounts.js';
import { pdfFonts, pdfText } from '../../unit/receipts/pdfTools.js';
import { COMMUNE, DEMO, STAFF, startCoreRig } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const pdfOf = (document: { pdfBase64: string }) => Buffer.from(document.pdfBase64, 'base64');

describe('receipt.get', () => {
  it('gives the slip of an applied unlink: reference, masked ID, device, "Đã xử lý"', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    const document = await rig.call('receipt.get', { changeId: receipt.changeId });
    expect(document).toMatchObject({
      reference: receipt.reference,
      fileName: `bien-nhan-${receipt.reference}.pdf`,
    });
    const pdf = pdfOf(document);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const expected of [
      COMMUNE,
      'KIOSK-DEMO-01',
      receipt.reference,
      '0010****2345',
      // The phone as the device list named it, not its model code.
      'Hủy liên kết thiết bị: Samsung Galaxy A52 Số định danh',
      'Đã xử lý',
      'Đã hủy liên kết thiết bị.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(DEMO.an.id);
    expect(text).not.toContain('SM-A525F');
    expect((await pdfFonts(pdf)).every((font) => font.name.includes('BeVietnamPro') && font.embedded)).toBe(
      true,
    );
  });

  it('says "Đã ghi nhận, chờ gửi" for a change queued offline, and names the staff member', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    rig.offline();
    await rig.call('session.attestByStaff', {
      idNumber: DEMO.an.id,
      dateOfBirth: DEMO.an.dob,
      cardChecked: true,
    });
    const receipt = await rig.call('device.unlinkAll', {});
    const text = await pdfText(pdfOf(await rig.call('receipt.get', { changeId: receipt.changeId })));
    expect(text).toContain('Đã ghi nhận, chờ gửi');
    expect(text).toContain('Hủy liên kết tất cả thiết bị');
    expect(text).toContain('Cán bộ hỗ trợ CB01');
    expect(text).not.toContain('Đã xử lý');
  });

  it('says "Không thực hiện được" with the reason for a rejected change', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.cuong.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.cuongPhone });
    expect(receipt).toMatchObject({ state: 'rejected', outcomeCode: 'HOLDER_DECEASED' });
    const text = await pdfText(
      pdfOf(await rig.call('receipt.get', { changeId: receipt.changeId, language: 'en' })),
    );
    expect(text).toContain('Could not be done');
    expect(text).toContain('The holder has died');
  });

  it('is only for the citizen who made the change, in this session', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.an.id, passcode: '123456' });
    const receipt = await rig.call('device.unlink', { deviceId: DEMO_DEVICE_IDS.anGalaxyA52 });
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    expect((await rig.refusal('receipt.get', { changeId: receipt.changeId })).code).toBe(
      'RECEIPT_NOT_AVAILABLE',
    );
    await rig.call('session.end', {});
    expect((await rig.refusal('receipt.get', { changeId: receipt.changeId })).code).toBe(
      'RECEIPT_NOT_AVAILABLE',
    );
    expect(
      (await rig.refusal('receipt.get', { changeId: '3b241101-e2bb-4255-8caf-4136c566a962' })).code,
    ).toBe('RECEIPT_NOT_AVAILABLE');
  });

  it('stays available to the staff member who served the citizen, after the session ended', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    const receipt = await rig.call('unlock.request', {});
    await rig.call('session.end', {});
    const text = await pdfText(pdfOf(await rig.call('receipt.get', { changeId: receipt.changeId })));
    expect(text).toContain('Yêu cầu mở khóa tài khoản');
    expect(text).toContain('Tài khoản đã được mở khóa.');
    await rig.call('staff.signOut', {});
    expect((await rig.refusal('receipt.get', { changeId: receipt.changeId })).code).toBe(
      'RECEIPT_NOT_AVAILABLE',
    );
  });
});

describe('receipt.print', () => {
  it('answers printed: false on a host without a printer', async () => {
    rig = await startCoreRig();
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    const receipt = await rig.call('unlock.request', {});
    expect(await rig.call('receipt.print', { changeId: receipt.changeId })).toEqual({ printed: false });
  });

  it('hands the PDF to the injected printer and says whether it took the job', async () => {
    const jobs: { pdf: Buffer; fileName: string }[] = [];
    let accept = true;
    const printer: ReceiptPrinter = {
      print: async (job) => {
        jobs.push(job);
        return accept;
      },
    };
    rig = await startCoreRig({ receiptPrinter: printer });
    await rig.call('session.verifyPasscode', { idNumber: DEMO.binh.id, passcode: '123456' });
    const receipt = await rig.call('unlock.request', {});
    expect(await rig.call('receipt.print', { changeId: receipt.changeId })).toEqual({ printed: true });
    expect(jobs[0]?.fileName).toBe(`bien-nhan-${receipt.reference}.pdf`);
    expect(await pdfText(jobs[0]?.pdf ?? Buffer.alloc(0))).toContain(receipt.reference);
    accept = false;
    expect(await rig.call('receipt.print', { changeId: receipt.changeId })).toEqual({ printed: false });
  });
});
