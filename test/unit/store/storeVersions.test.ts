import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sealDocument } from '../../../electron/core/store/crypto/sealedBox.js';
import { journalFileName } from '../../../electron/core/store/journal/ChangeJournal.js';
import { JOURNAL_FORMAT_VERSION } from '../../../electron/core/store/journal/journalFormat.js';
import { KIOSK_DOCUMENT_VERSION } from '../../../electron/core/store/kioskDocument.js';
import { SNAPSHOT_FILE } from '../../../electron/core/store/sealedSnapshot.js';
import { accepted, queuedChange } from '../../support/storeFixtures.js';
import { useStoreTestFolder } from '../../support/storeTestFolder.js';

const folder = useStoreTestFolder('kiosk-versions-');
const reopen = () => folder().reopen();

const frame = (body: string) => `${crc32(body).toString(16).padStart(8, '0')} ${body}\n`;

const newerJournal = JOURNAL_FORMAT_VERSION + 1;

describe('stored format versions', () => {
  it('are 5 since issue 13 (evidence may say the card was scanned): the journal and the document', () => {
    expect([JOURNAL_FORMAT_VERSION, KIOSK_DOCUMENT_VERSION]).toEqual([5, 5]);
  });

  it('starts every new journal file with its format line, and reads it back', async () => {
    const current = await reopen();
    const entry = queuedChange(current.allocateSeq());
    await current.commit([accepted(entry)]);
    await current.compact();
    for (const generation of [1, 2]) {
      const text = await readFile(join(folder().dir, journalFileName(generation)), 'utf8');
      expect(text.split('\n')[0]).toBe(frame(`H kiosk-journal ${JOURNAL_FORMAT_VERSION}`).trimEnd());
    }
    expect((await reopen()).get(entry.change.changeId)?.state).toBe('pending');
  });

  it('refuses a journal written by a newer version, says so, and changes nothing', async () => {
    await reopen();
    await folder().close();
    const path = join(folder().dir, journalFileName(1));
    await writeFile(path, frame(`H kiosk-journal ${newerJournal}`));
    await appendFile(path, frame('C 1 0'));
    const before = await readFile(path);
    await expect(reopen()).rejects.toMatchObject({
      code: 'STORE_FAILED',
      message: expect.stringContaining(
        `newer version of the kiosk software (format ${newerJournal}; this version reads up to ${JOURNAL_FORMAT_VERSION})`,
      ),
    });
    expect(await readFile(path)).toEqual(before);
  });

  it('refuses a document of a newer version instead of falling back to the last-good copy', async () => {
    const current = await reopen();
    await current.commit([accepted(queuedChange(current.allocateSeq()))]);
    await current.compact();
    await folder().close();
    const key = await readFile(join(folder().dir, 'kiosk.key'));
    const newer = {
      generation: 2,
      document: { version: KIOSK_DOCUMENT_VERSION + 1, nextSeq: 2, changes: [], staff: [] },
    };
    await writeFile(join(folder().dir, SNAPSHOT_FILE), sealDocument(key, JSON.stringify(newer)));
    await expect(reopen()).rejects.toMatchObject({
      code: 'STORE_FAILED',
      message: expect.stringMatching(/kiosk data \(kiosk-snapshot.sealed\) was written by a newer version/),
    });
  });
});
