import { describe, expect, it, vi } from 'vitest';
import { NoticeBoard } from '../../../electron/core/store/notices/NoticeBoard.js';
import {
  applyNoticeAcknowledged,
  applyNoticeRaised,
} from '../../../electron/core/store/notices/noticeRecords.js';
import { emptyKioskDocument } from '../../../electron/core/store/kioskDocument.js';
import type { StoreRecord } from '../../../electron/core/store/storeRecords.js';

const at = new Date('2026-12-01T08:00:00.000Z');

describe('the notice board', () => {
  it('shows a notice before any journal is open, and writes the waiting ones first once one is', async () => {
    const doc = emptyKioskDocument();
    const board = new NoticeBoard({ committed: () => doc.notices, now: () => at });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    board.raise('DISCARDED_UNACKNOWLEDGED_WRITE', { journal: 3 });
    expect(board.open()).toEqual([
      expect.objectContaining({ code: 'DISCARDED_UNACKNOWLEDGED_WRITE', at: at.toISOString() }),
    ]);
    const written: StoreRecord[] = [];
    await board.attach(async (records) => {
      written.push(...records);
      for (const record of records)
        if (record.type === 'notice.raised') applyNoticeRaised(doc, record.notice);
    });
    expect(written.map((record) => record.type)).toEqual(['notice.raised']);
    expect(board.open()).toEqual(doc.notices);
    vi.restoreAllMocks();
  });

  it('writes a notice raised while an earlier one is being written, with no other write to carry it', async () => {
    const doc = emptyKioskDocument();
    const board = new NoticeBoard({ committed: () => doc.notices, now: () => at });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let release: () => void = () => undefined;
    const flushes: string[][] = [];
    await board.attach(async (records) => {
      flushes.push(
        records.map((record) => (record.type === 'notice.raised' ? record.notice.code : record.type)),
      );
      if (flushes.length === 1) await new Promise<void>((resolve) => (release = resolve));
      for (const record of records)
        if (record.type === 'notice.raised') applyNoticeRaised(doc, record.notice);
    });
    board.raise('DISK_LOW', { freeBytes: 1, totalBytes: 10 });
    board.raise('BACKGROUND_FOLD_FAILED', { reason: 'STORE_FULL' });
    release();
    await vi.waitFor(() => expect(flushes).toEqual([['DISK_LOW'], ['BACKGROUND_FOLD_FAILED']]));
    await board.flush();
    board.raise('LOSS_ACCEPTED', { reportId: 'L-1' });
    await vi.waitFor(() => expect(doc.notices.map((notice) => notice.code)).toContain('LOSS_ACCEPTED'));
    expect(board.open().map((notice) => notice.code)).toEqual([
      'DISK_LOW',
      'BACKGROUND_FOLD_FAILED',
      'LOSS_ACCEPTED',
    ]);
    vi.restoreAllMocks();
  });

  it('refuses details outside the schema loudly and raises nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const board = new NoticeBoard({ committed: () => [], now: () => at });
    expect(board.raise('DISK_LOW', { freeBytes: -1, totalBytes: 10 })).toBeUndefined();
    expect(board.open()).toEqual([]);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('replays a raised notice and its acknowledgement harmlessly, in any number', () => {
    const doc = emptyKioskDocument();
    const notice = {
      id: 'N-5b2c0c7e-0000-4000-8000-000000000001',
      code: 'LOSS_ACCEPTED' as const,
      at: at.toISOString(),
      details: { reportId: 'L-20261201-3f9a2c' },
    };
    applyNoticeRaised(doc, notice);
    applyNoticeRaised(doc, notice);
    applyNoticeRaised(doc, { ...notice, id: 'N-5b2c0c7e-0000-4000-8000-000000000002' });
    expect(doc.notices).toEqual([notice]);
    applyNoticeAcknowledged(doc, notice.id);
    applyNoticeAcknowledged(doc, notice.id);
    expect(doc.notices).toEqual([]);
  });
});
