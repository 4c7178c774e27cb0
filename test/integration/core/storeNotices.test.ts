import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../electron/core/audit/auditEntry.js';
import { verifyAuditChain } from '../../../electron/core/audit/verifyAuditChain.js';
import type { DiskSpace } from '../../../electron/core/store/notices/diskSpace.js';
import { catalogueFor } from '../../../shared/i18n/catalogues.js';
import { storeNoticeText } from '../../../shared/i18n/storeNoticeWords.js';
import { STAFF, startCoreRig } from './coreRig.js';
import type { CoreRig } from './coreRig.js';

// Issue 9, point 5, through the handler table: the store's notices are for staff only, are
// acknowledged by a named staff member (recorded in the store and the audit log), and survive
// a restart until then.
const GB = 1024 ** 3;
let space: DiskSpace;
let rig: CoreRig | undefined;
beforeEach(() => {
  space = { freeBytes: GB / 8, totalBytes: 64 * GB };
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  await rig?.close();
  rig = undefined;
  vi.restoreAllMocks();
});

const diskSpace = async () => space;

async function auditEntries(dataDir: string): Promise<AuditEntry[]> {
  const dir = join(dataDir, 'audit');
  const entries: AuditEntry[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    for (const line of text.trimEnd().split('\n')) entries.push(JSON.parse(line) as AuditEntry);
  }
  return entries;
}

describe('store notices through the contract', () => {
  it('are for staff only: without a staff member signed in both methods answer STAFF_REQUIRED', async () => {
    const current = (rig = await startCoreRig({ diskSpace }));
    expect((await current.refusal('store.notices', {})).code).toBe('STAFF_REQUIRED');
    const id = current.store.notices()[0]?.id ?? '';
    expect((await current.refusal('store.acknowledgeNotice', { noticeId: id })).code).toBe('STAFF_REQUIRED');
    // Nothing was acknowledged by the refused call.
    expect(current.store.notices().map((notice) => notice.id)).toEqual([id]);
  });

  it('lists the open notice in words, survives a restart, and is gone once a staff member acknowledges it', async () => {
    const current = (rig = await startCoreRig({ diskSpace }));
    await current.call('staff.signIn', STAFF);
    const { notices } = await current.call('store.notices', {});
    expect(notices).toEqual([
      {
        id: expect.stringMatching(/^N-/),
        code: 'DISK_LOW',
        at: expect.any(String),
        details: { freeBytes: GB / 8, totalBytes: 64 * GB },
      },
    ]);
    const [notice] = notices;
    if (notice === undefined) throw new Error('no notice');
    expect(storeNoticeText(catalogueFor('vi').storeNotices, notice)).toEqual({
      title: 'Ổ đĩa sắp đầy',
      body: 'Ổ đĩa chỉ còn trống 128 MB trên 64,0 GB (0,1%). Xin giải phóng chỗ trống trước khi máy hết chỗ lưu.',
    });

    space = { freeBytes: 32 * GB, totalBytes: 64 * GB };
    await current.restart({ diskSpace });
    await current.call('staff.signIn', STAFF);
    expect((await current.call('store.notices', {})).notices).toEqual(notices);

    const changedBefore = current.eventsOf('store.noticesChanged').length;
    expect(await current.call('store.acknowledgeNotice', { noticeId: notice.id })).toEqual({ notices: [] });
    expect(current.eventsOf('store.noticesChanged').length).toBeGreaterThan(changedBefore);
    const entries = await auditEntries(current.dataDir);
    expect(entries.at(-1)).toMatchObject({
      action: 'store.noticeAcknowledged',
      actor: 'staff',
      staffId: 'CB01',
      outcome: 'DISK_LOW',
      detail: notice.id,
    });
    expect(await verifyAuditChain(current.dataDir)).toMatchObject({ ok: true });

    await current.restart({ diskSpace });
    await current.call('staff.signIn', STAFF);
    expect((await current.call('store.notices', {})).notices).toEqual([]);
  });

  it('refuses an unknown id with NOTICE_NOT_FOUND, its details and words, and acknowledges nothing', async () => {
    const current = (rig = await startCoreRig({ diskSpace }));
    await current.call('staff.signIn', STAFF);
    const refusal = await current.refusal('store.acknowledgeNotice', { noticeId: 'N-0000-unknown' });
    expect(refusal).toMatchObject({ code: 'NOTICE_NOT_FOUND', details: { noticeId: 'N-0000-unknown' } });
    expect(catalogueFor('vi').errors[refusal.code]).toBe('Thông báo này đã được xem hoặc không còn nữa.');
    expect((await current.call('store.notices', {})).notices).toHaveLength(1);
  });
});
