import { afterEach, describe, expect, it } from 'vitest';
import { addDays, vietnamDayOf } from '../../../shared/rules/time.js';
import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { journalRecords } from '../../support/storeFixtures.js';
import { DEMO, STAFF, startCoreRig, until } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

// Issue 13: a staff attestation whose facts were read from the card's QR code. The code is not
// signed, so `source: card-qr` records how the data was typed and must never raise trust: every
// check, every call to the national system and every answer is the one made without it.

let rig: CoreRig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

const ISSUED_ON = '2021-04-20';
const card = { source: 'card-qr' as const, issuedOn: ISSUED_ON };
const attestAn = { idNumber: DEMO.an.id, dateOfBirth: DEMO.an.dob, cardChecked: true as const };
const scannedAn = { ...attestAn, card };

async function auditLines(current: CoreRig): Promise<Record<string, unknown>[]> {
  return ((await journalRecords(current.dataDir)) as { type: string; entry?: Record<string, unknown> }[])
    .filter((record) => record.type === 'audit.appended' && record.entry !== undefined)
    .map((record) => record.entry as Record<string, unknown>);
}

/** An audit line without what differs from one moment to the next (its place in the chain, its time). */
function withoutChain(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entry).filter(([field]) => !['seq', 'at', 'hash', 'prevHash'].includes(field)),
  );
}

/** Attests An (with or without the card), unlinks all her devices, and returns what was kept. */
async function attestAndUnlinkAll(current: CoreRig, args: typeof attestAn | typeof scannedAn) {
  const before = (await auditLines(current)).length;
  const attestationsBefore = current.upstream.state.attestations.list().length;
  const summary = await current.call('session.attestByStaff', args);
  const receipt = await current.call('device.unlinkAll', {});
  const lines = (await auditLines(current)).slice(before).map(withoutChain);
  await current.call('session.end', {});
  return {
    summary,
    receipt,
    lines,
    attestations: current.upstream.state.attestations.list().length - attestationsBefore,
  };
}

describe('staff attestation from a scanned card', () => {
  it('online: the same summary, the same attestation upstream and the same audit lines; the evidence says where the facts came from', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    const typed = await attestAndUnlinkAll(rig, attestAn);
    // The account is as it was for the second walk: the first unlink-all emptied it, so re-read it.
    const scanned = await attestAndUnlinkAll(rig, scannedAn);
    expect(scanned.summary).toEqual(typed.summary);
    expect(scanned.summary).toEqual({
      idNumberMasked: '0010****2345',
      fullName: 'Nguyễn Văn An',
      level: 2,
      status: 'active',
      verifiedBy: 'staff',
      assisted: true,
    });
    expect(scanned.attestations).toBe(1);
    expect(typed.attestations).toBe(1);
    expect(scanned.lines.map((line) => line.action)).toEqual(typed.lines.map((line) => line.action));
    expect(scanned.lines[0]).toEqual(typed.lines[0]);
    for (const line of scanned.lines) expect(JSON.stringify(line)).not.toContain(ISSUED_ON);

    const typedEvidence = rig.store.get(typed.receipt.changeId)?.change.evidence;
    const scannedEvidence = rig.store.get(scanned.receipt.changeId)?.change.evidence;
    expect(typedEvidence).not.toHaveProperty('source');
    expect(typedEvidence).not.toHaveProperty('cardIssuedOn');
    expect(scannedEvidence).toEqual({
      ...typedEvidence,
      verifiedAt: expect.any(String),
      token: expect.any(String),
      source: 'card-qr',
      cardIssuedOn: ISSUED_ON,
    });
  });

  it('still refuses a date of birth that disagrees with the ID number, or with the national record, and begins nothing', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    for (const dateOfBirth of ['1991-05-12', '1990-05-13']) {
      const typed = await rig.refusal('session.attestByStaff', { ...attestAn, dateOfBirth });
      const scanned = await rig.refusal('session.attestByStaff', { ...scannedAn, dateOfBirth });
      expect(scanned).toEqual(typed);
      expect(scanned.code).toBe('INVALID_ID_NUMBER');
      expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
    }
  });

  it('still refuses a staff member the national system has not registered', async () => {
    const bay = { staffId: 'CB07', displayName: 'Cán bộ Lê Thị Bảy', pin: '1357' } as const;
    rig = await startCoreRig({ initialStaff: [bay], offlineAtStart: true });
    await rig.call('staff.signIn', { staffId: bay.staffId, pin: bay.pin });
    const typed = await rig.refusal('session.attestByStaff', attestAn);
    const scanned = await rig.refusal('session.attestByStaff', scannedAn);
    expect(scanned).toEqual(typed);
    expect(scanned).toMatchObject({ code: 'STAFF_NOT_REGISTERED', details: { staffId: 'CB07' } });
    expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
    expect(rig.store.read().changes).toEqual([]);
    expect(rig.upstream.state.attestations.list()).toEqual([]);
    expect(rig.upstream.state.staff.isRegistered(DEMO_KIOSK.kioskId, 'CB07')).toBe(false);
  });

  it('offline: the same summary as typed; the change is queued with the card facts and decided the same', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    rig.offline();
    const typed = await rig.call('session.attestByStaff', attestAn);
    await rig.call('session.end', {});
    const scanned = await rig.call('session.attestByStaff', { ...scannedAn, dateOfBirth: '1990-12-05' });
    expect(scanned).toEqual(typed);
    expect(scanned).toEqual({ idNumberMasked: '0010****2345', verifiedBy: 'staff', assisted: true });
    // The right year (all the kiosk can check offline), the wrong day: the national system decides.
    const receipt = await rig.call('device.unlinkAll', {});
    expect(receipt.state).toBe('pending');
    expect(rig.store.get(receipt.changeId)?.change.evidence).toEqual({
      method: 'staff',
      staffId: 'CB01',
      verifiedAt: expect.any(String),
      dateOfBirth: '1990-12-05',
      source: 'card-qr',
      cardIssuedOn: ISSUED_ON,
    });
    rig.online();
    await until(
      () => rig?.store.get(receipt.changeId)?.state === 'rejected',
      5_000,
      'the change to be answered',
    );
    expect(rig.store.get(receipt.changeId)?.outcomeCode).toBe('DATE_OF_BIRTH_MISMATCH');
    expect(rig.upstream.state.account(DEMO.an.id)?.devices).toHaveLength(2);
  });
});

describe('a scanned card whose issue date cannot be right', () => {
  const today = () => vietnamDayOf(new Date());

  it.each([
    ['after today in Vietnam', () => addDays(today(), 1), 'IN_FUTURE'],
    ['before the date of birth', () => addDays(DEMO.an.dob, -1), 'BEFORE_BIRTH'],
  ] as const)(
    'is refused when %s, and nothing changes: the session, the audit, the national system',
    async (_case, issuedOn, problem) => {
      rig = await startCoreRig();
      await rig.call('staff.signIn', STAFF);
      await rig.call('session.attestByStaff', attestAn);
      const lines = (await auditLines(rig)).length;
      const attestations = rig.upstream.state.attestations.list().length;
      const refusal = await rig.refusal('session.attestByStaff', {
        ...attestAn,
        card: { source: 'card-qr', issuedOn: issuedOn() },
      });
      expect(refusal).toEqual({
        code: 'CARD_ISSUE_DATE_INVALID',
        message: expect.any(String),
        details: { problem },
      });
      // The session begun before is still there, untouched.
      await expect(rig.call('account.read', {})).resolves.toMatchObject({ fullName: 'Nguyễn Văn An' });
      expect((await auditLines(rig)).length).toBe(lines);
      expect(rig.upstream.state.attestations.list().length).toBe(attestations);
    },
  );

  it('is taken when issued today, or on the day of birth', async () => {
    rig = await startCoreRig();
    await rig.call('staff.signIn', STAFF);
    for (const issuedOn of [today(), DEMO.an.dob]) {
      await expect(
        rig.call('session.attestByStaff', { ...attestAn, card: { source: 'card-qr', issuedOn } }),
      ).resolves.toMatchObject({ verifiedBy: 'staff' });
    }
  });
});

describe('the attestation arguments', () => {
  it.each([
    ['a name beside the card', { ...scannedAn, card: { ...card, fullName: 'NGUYEN VAN AN' } }],
    ['an address beside the card', { ...scannedAn, card: { ...card, address: 'Cam Binh, Ha Tinh' } }],
    ['a name with the facts', { ...scannedAn, fullName: 'NGUYEN VAN AN' }],
    ['an address with the facts', { ...scannedAn, address: 'Cam Binh, Ha Tinh' }],
    ['another source', { ...scannedAn, card: { source: 'typed', issuedOn: ISSUED_ON } }],
    [
      'an issue date not in YYYY-MM-DD',
      { ...scannedAn, card: { source: 'card-qr', issuedOn: '20/04/2021' } },
    ],
    ['a card without its issue date', { ...scannedAn, card: { source: 'card-qr' } }],
  ])(
    'refuses %s by the strict schema, through the handler table, and the store is unchanged',
    async (_case, args) => {
      rig = await startCoreRig();
      await rig.call('staff.signIn', STAFF);
      const records = (await journalRecords(rig.dataDir)).length;
      const before = structuredClone(rig.store.read());
      expect(await rig.refusal('session.attestByStaff', args)).toMatchObject({ code: 'BAD_ARGUMENTS' });
      expect(rig.store.read()).toEqual(before);
      expect((await journalRecords(rig.dataDir)).length).toBe(records);
      expect((await rig.refusal('account.read', {})).code).toBe('NO_SESSION');
      expect(rig.upstream.state.attestations.list()).toEqual([]);
    },
  );
});
