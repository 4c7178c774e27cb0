import { describe, expect, it, vi } from 'vitest';
import { createHandlerTable } from '../../../electron/core/handlers/handlerTable.js';
import type { KioskHandlers } from '../../../electron/core/handlers/handlerTable.js';
import { KioskError } from '../../../shared/ipc/errors.js';

const receipt = {
  changeId: '3b241101-e2bb-4255-8caf-4136c566a962',
  reference: '3B241-101E2',
  kind: 'unlink-device' as const,
  state: 'applied' as const,
  acceptedAt: '2026-11-23T08:00:00.000Z',
};

const summary = {
  idNumberMasked: '0010****2345',
  fullName: 'Nguyễn Văn An',
  level: 2 as const,
  status: 'active' as const,
  verifiedBy: 'passcode' as const,
  assisted: false,
};

const deskOverview = {
  counts: { pending: 0, sending: 0, blocked: 0, needsStaff: 0 },
  connection: 'online' as const,
  ageing: { level: 'ok' as const, warnMs: 7_200_000, escalateMs: 43_200_000 },
  items: [],
  totalItems: 0,
  notices: [],
};
const member = { staffId: 'CB09', displayName: 'Cán bộ', role: 'staff' as const };
const account = { ...member, status: 'active' as const, registered: true };
const issued = { staffId: 'CB09', setupCode: '40718293', expiresAt: '2026-12-02T03:00:00.000Z' };

function spyHandlers() {
  const handlers = {
    'kiosk.describe': vi.fn(async () => ({
      kioskId: 'KIOSK-DEMO-01',
      communeName: 'Xã',
      appVersion: '0.1.0',
      idleSeconds: { selfService: 90, assisted: 300 },
      mode: 'demo' as const,
      setup: 'complete' as const,
    })),
    'session.verifyPasscode': vi.fn(async () => summary),
    'session.requestOtp': vi.fn(async () => ({ sentToMasked: '091****678' })),
    'session.verifyOtp': vi.fn(async () => ({ ...summary, verifiedBy: 'otp' as const })),
    'session.attestByStaff': vi.fn(async () => ({
      idNumberMasked: '0010****2345',
      verifiedBy: 'staff' as const,
      assisted: true,
    })),
    'session.end': vi.fn(async () => ({ ended: true as const })),
    'account.read': vi.fn(async () => {
      throw new KioskError('NO_SESSION', 'nobody');
    }),
    'device.unlink': vi.fn(async () => receipt),
    'device.unlinkAll': vi.fn(async () => ({ ...receipt, kind: 'unlink-all-devices' as const })),
    'unlock.request': vi.fn(async () => ({ ...receipt, kind: 'unlock-request' as const })),
    'request.lookup': vi.fn(async () => ({
      reference: receipt.reference,
      kind: receipt.kind,
      state: receipt.state,
      basis: 'national-system' as const,
    })),
    'receipt.get': vi.fn(async () => ({
      reference: receipt.reference,
      fileName: 'r.pdf',
      pdfBase64: 'JVBERi0=',
    })),
    'receipt.print': vi.fn(async () => ({ printed: false })),
    'staff.signIn': vi.fn(async () => ({
      staffId: 'CB01',
      displayName: 'Cán bộ',
      role: 'supervisor' as const,
      pinChangeRequired: false,
    })),
    'staff.signOut': vi.fn(async () => ({ signedOut: true as const })),
    'staff.current': vi.fn(async () => ({ signedIn: false })),
    'staff.changePin': vi.fn(async () => member),
    'staff.setPinWithCode': vi.fn(async () => member),
    'staffAdmin.list': vi.fn(async () => ({ members: [] })),
    'staffAdmin.enrol': vi.fn(async () => issued),
    'staffAdmin.setEnabled': vi.fn(async () => ({ account })),
    'staffAdmin.resetPin': vi.fn(async () => issued),
    'staffAdmin.unlock': vi.fn(async () => ({ account })),
    'staffAdmin.setRole': vi.fn(async () => ({ account })),
    'store.backup': vi.fn(async () => ({
      folder: '/media/usb/kiosk-backup-KIOSK-DEMO-01-20261201-100000',
      createdAt: '2026-12-01T03:00:00.000Z',
      files: 4,
      bytes: 1024,
    })),
    'store.notices': vi.fn(async () => ({ notices: [] })),
    'store.acknowledgeNotice': vi.fn(async () => ({ notices: [] })),
    'setup.status': vi.fn(async () => ({
      stage: 'first-pin' as const,
      kioskId: 'KIOSK-HN-0001',
      communeName: 'UBND xã',
      supervisor: { staffId: 'CB07', displayName: 'Cán bộ' },
    })),
    'setup.setFirstPin': vi.fn(async () => ({ stage: 'recovery-kit' as const })),
    'setup.writeRecoveryKit': vi.fn(async () => ({
      file: '/media/usb/kit.json',
      passphrase: 'AAAA-BBBB',
      stage: 'complete' as const,
    })),
    'audit.entries': vi.fn(async () => ({
      chain: { status: 'intact' as const, entries: 0, checkedAt: '2026-12-01T03:00:00.000Z' },
      entries: [],
      actions: [],
      staffIds: [],
    })),
    'audit.save': vi.fn(async () => ({ saved: false as const })),
    'audit.export': vi.fn(async () => ({
      fileName: 'nhat-ky.csv',
      mediaType: 'text/csv; charset=utf-8' as const,
      contentBase64: '77u/',
    })),
    // Issue 11 (R): the day report.
    'report.day': vi.fn(async () => emptyDayReport),
    'report.export': vi.fn(async () => ({
      fileName: 'bao-cao-ngay-2026-12-01.csv',
      mediaType: 'text/csv; charset=utf-8' as const,
      contentBase64: '77u/',
    })),
    'report.save': vi.fn(async () => ({ saved: false as const })),
    'report.print': vi.fn(async () => ({ printed: false })),
    'desk.overview': vi.fn(async () => deskOverview),
    'desk.resend': vi.fn(async () => deskOverview),
    'desk.close': vi.fn(async () => deskOverview),
    'desk.sendNow': vi.fn(async () => deskOverview),
    'sync.status': vi.fn(async () => ({
      connection: 'online' as const,
      pending: 0,
      sending: 0,
      blocked: 0,
      needsStaff: 0,
      ageing: 'ok' as const,
    })),
  } satisfies KioskHandlers;
  return handlers;
}

const noOutcomes = { applied: 0, duplicate: 0, rejected: 0, conflict: 0, closed: 0, pending: 0 };
const emptyDayReport = {
  day: '2026-12-01',
  communeName: 'UBND xã',
  kioskId: 'KIOSK-DEMO-01',
  generatedAt: '2026-12-01T03:00:00.000Z',
  earliestDay: '2026-12-01',
  latestDay: '2026-12-01',
  changes: {
    byKind: { 'unlink-device': noOutcomes, 'unlink-all-devices': noOutcomes, 'unlock-request': noOutcomes },
    total: noOutcomes,
  },
  identifications: {
    passcode: { succeeded: 0, failed: 0 },
    otp: { succeeded: 0, failed: 0 },
    staff: { succeeded: 0, failed: 0 },
  },
  unlocks: [],
  staff: [],
  requests: [],
};

describe('handler table', () => {
  it('runs a known method with valid arguments and returns its result', async () => {
    const handlers = spyHandlers();
    const table = createHandlerTable(handlers);
    await expect(table.invoke('device.unlink', { deviceId: 'dev-1' })).resolves.toEqual({
      ok: true,
      value: receipt,
    });
    expect(handlers['device.unlink']).toHaveBeenCalledWith({ deviceId: 'dev-1' });
  });

  it.each([['no.such'], ['__proto__'], ['toString'], [42], [undefined], [{ method: 'kiosk.describe' }]])(
    'refuses the unknown method %j without running anything',
    async (method) => {
      const handlers = spyHandlers();
      const response = await createHandlerTable(handlers).invoke(method, {});
      expect(response).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    },
  );

  const badArguments: [string, unknown][] = [
    ['kiosk.describe', { extra: 1 }],
    ['kiosk.describe', 'text'],
    ['kiosk.describe', [1, 2]],
    ['session.verifyPasscode', {}],
    ['session.verifyPasscode', { idNumber: '001090012345' }],
    ['session.verifyPasscode', { idNumber: '001090012345', passcode: '12345' }],
    ['session.verifyPasscode', { idNumber: '001090012345', passcode: '1234567' }],
    ['session.verifyPasscode', { idNumber: '001090012345', passcode: '12345a' }],
    ['session.verifyPasscode', { idNumber: '001090012345', passcode: 123456 }],
    ['session.verifyPasscode', { idNumber: '', passcode: '123456' }],
    ['session.verifyPasscode', { idNumber: '1'.repeat(33), passcode: '123456' }],
    ['session.verifyPasscode', { idNumber: 1090012345, passcode: '123456' }],
    ['session.verifyPasscode', { idNumber: '001090012345', passcode: '123456', admin: true }],
    ['device.unlink', {}],
    ['device.unlink', { deviceId: '' }],
    ['device.unlink', { deviceId: 'x'.repeat(129) }],
    ['device.unlink', { deviceId: 7 }],
    ['device.unlink', { deviceId: null }],
    ['device.unlink', { deviceId: 'dev-1', idNumber: '042075009876' }],
    ['device.unlinkAll', { idNumber: '042075009876' }],
    ['unlock.request', { force: true }],
    ['session.requestOtp', {}],
    ['session.verifyOtp', { idNumber: '001090012345', otp: '12345' }],
    ['session.verifyOtp', { idNumber: '001090012345', otp: 123456 }],
    ['session.attestByStaff', { idNumber: '001090012345', dateOfBirth: '1990-05-12' }],
    ['session.attestByStaff', { idNumber: '001090012345', dateOfBirth: '1990-05-12', cardChecked: false }],
    ['session.attestByStaff', { idNumber: '001090012345', dateOfBirth: '12/05/1990', cardChecked: true }],
    [
      'session.attestByStaff',
      { idNumber: '001090012345', dateOfBirth: '1990-05-12', cardChecked: true, staffId: 'CB01' },
    ],
    ['request.lookup', {}],
    ['request.lookup', { reference: '' }],
    ['request.lookup', { reference: 'x'.repeat(33) }],
    ['receipt.get', { changeId: 'not-a-uuid' }],
    ['receipt.get', { changeId: '3b241101-e2bb-4255-8caf-4136c566a962', language: 'fr' }],
    ['receipt.print', {}],
    ['staff.signIn', { staffId: 'CB01' }],
    ['staff.signIn', { staffId: 'CB01', pin: '12' }],
    ['staff.signIn', { staffId: 'CB01', pin: '123456789' }],
    ['staff.signIn', { staffId: 'CB01', pin: 2468 }],
    ['staff.signIn', { staffId: '', pin: '2468' }],
    ['staff.signOut', { staffId: 'CB01' }],
    ['staff.current', { staffId: 'CB01' }],
  ];

  it.each(badArguments)('refuses %s with bad arguments %j and changes nothing', async (method, args) => {
    const handlers = spyHandlers();
    const response = await createHandlerTable(handlers).invoke(method, args);
    expect(response).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
    expect(response.ok ? '' : response.error.message).not.toBe('');
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('passes a domain error through as { code, message }', async () => {
    const response = await createHandlerTable(spyHandlers()).invoke('account.read', {});
    expect(response).toEqual({ ok: false, error: { code: 'NO_SESSION', message: 'nobody' } });
  });

  it('hides an unexpected failure behind INTERNAL', async () => {
    const handlers = spyHandlers();
    handlers['session.end'].mockRejectedValueOnce(new TypeError('secret detail'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await createHandlerTable(handlers).invoke('session.end', {});
    expect(response).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Unexpected error in the kiosk.' },
    });
  });

  it('refuses to return a result that breaks the contract', async () => {
    const handlers = spyHandlers();
    handlers['device.unlink'].mockResolvedValueOnce({ ...receipt, state: 'lost' as never });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await createHandlerTable(handlers).invoke('device.unlink', { deviceId: 'dev-1' });
    expect(response).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('answers a refused method with the refusal, before its handler or its arguments are looked at', async () => {
    const handlers = spyHandlers();
    const table = createHandlerTable(handlers, {
      refuse: (method) =>
        method === 'kiosk.describe' ? undefined : new KioskError('SETUP_REQUIRED', 'setup first'),
    });
    expect(await table.invoke('staff.signIn', { staffId: 'CB01', pin: 'not a pin' })).toEqual({
      ok: false,
      error: { code: 'SETUP_REQUIRED', message: 'setup first' },
    });
    expect(handlers['staff.signIn']).not.toHaveBeenCalled();
    expect(await table.invoke('kiosk.describe', {})).toMatchObject({ ok: true });
  });
});
