import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../shared/i18n/catalogues.js';
import { freePercentText, sizeText, storeNoticeText } from '../../../shared/i18n/storeNoticeWords.js';
import { storeNoticeCodes, StoreNotice } from '../../../shared/ipc/storeNotice.js';
import type { StoreNoticeFacts } from '../../../shared/ipc/storeNotice.js';

const GB = 1024 ** 3;

/** One notice of each code, with the facts its words must quote. */
const samples: { facts: StoreNoticeFacts; quoted: string[] }[] = [
  {
    facts: { code: 'RECOVERED_FROM_LAST_GOOD', details: { setAside: 'kiosk-snapshot.damaged-1.sealed' } },
    quoted: ['kiosk-snapshot.damaged-1.sealed'],
  },
  { facts: { code: 'DISCARDED_UNACKNOWLEDGED_WRITE', details: { journal: 17 } }, quoted: ['17'] },
  { facts: { code: 'BACKGROUND_FOLD_FAILED', details: { reason: 'STORE_FULL' } }, quoted: [] },
  { facts: { code: 'DISK_LOW', details: { freeBytes: 3 * GB, totalBytes: 120 * GB } }, quoted: ['3', '120'] },
  {
    facts: { code: 'AUDIT_DAMAGED', details: { file: 'audit-2026-11.jsonl', line: 42 } },
    quoted: ['audit-2026-11.jsonl', '42'],
  },
  {
    facts: { code: 'LOSS_ACCEPTED', details: { reportId: 'L-20261201-3f9a2c' } },
    quoted: ['L-20261201-3f9a2c'],
  },
  {
    facts: {
      code: 'ARCHIVE_DAMAGED',
      details: { batch: 'changes-2026-11-30.b7.jsonl', day: '2026-11-30', changes: 12 },
    },
    quoted: ['changes-2026-11-30.b7.jsonl', '12'],
  },
  {
    facts: { code: 'KEY_IN_FILE', details: { file: 'kiosk.key' } },
    quoted: ['kiosk.key', 'KIOSK_KEY_STORE=file'],
  },
];

describe('words for store notices', () => {
  it('has a sample of every code, each a valid notice', () => {
    expect(samples.map((sample) => sample.facts.code).sort()).toEqual([...storeNoticeCodes].sort());
    for (const { facts } of samples) {
      const notice = { id: 'N-00000000-test', at: '2026-12-01T08:00:00.000Z', ...facts };
      expect(StoreNotice.safeParse(notice).success).toBe(true);
    }
  });

  it.each(['vi', 'en'] as const)('words every code in %s, quoting its facts', (language) => {
    const words = catalogueFor(language).storeNotices;
    const titles = new Set<string>();
    for (const { facts, quoted } of samples) {
      const text = storeNoticeText(words, facts);
      expect(text.title.length).toBeGreaterThan(5);
      titles.add(text.title);
      for (const fact of quoted) expect(text.body).toContain(fact);
    }
    expect(titles.size).toBe(samples.length);
  });

  it('says a full disk and any other fold failure differently', () => {
    const words = catalogueFor('vi').storeNotices;
    const full = storeNoticeText(words, {
      code: 'BACKGROUND_FOLD_FAILED',
      details: { reason: 'STORE_FULL' },
    });
    const other = storeNoticeText(words, {
      code: 'BACKGROUND_FOLD_FAILED',
      details: { reason: 'STORE_FAILED' },
    });
    expect(full.body).toContain('hết chỗ lưu');
    expect(other.body).not.toEqual(full.body);
  });

  it('writes sizes and shares as people read them, with each language’s decimal mark', () => {
    expect(sizeText(150 * 1024 ** 2, ',')).toBe('150 MB');
    expect(sizeText(1.5 * GB, ',')).toBe('1,5 GB');
    expect(sizeText(1.5 * GB, '.')).toBe('1.5 GB');
    expect(freePercentText({ freeBytes: GB, totalBytes: 400 * GB }, ',')).toBe('0,2%');
    expect(freePercentText({ freeBytes: 30 * GB, totalBytes: 100 * GB }, '.')).toBe('30%');
  });
});
