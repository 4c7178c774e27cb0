import { describe, expect, it } from 'vitest';
import {
  documentVersionOfJournal,
  JOURNAL_FORMAT_VERSION,
} from '../../../electron/core/store/journal/journalFormat.js';
import { KIOSK_DOCUMENT_VERSION } from '../../../electron/core/store/kioskDocument.js';

// A folder that never folded has no snapshot: its first journal's format says which document
// version wrote it, each by its own number, with no format taken for the nearest one.
describe('the document version a journal format went with', () => {
  it.each([1, 2, 3, 4, 5])('is %i for format %i', (format) => {
    expect(documentVersionOfJournal(format)).toBe(format);
  });

  it('is the current document version for the current format', () => {
    expect(documentVersionOfJournal(JOURNAL_FORMAT_VERSION)).toBe(KIOSK_DOCUMENT_VERSION);
  });

  it('refuses a newer format as written by a newer kiosk', () => {
    expect(() => documentVersionOfJournal(JOURNAL_FORMAT_VERSION + 1)).toThrow(
      expect.objectContaining({ name: 'StoreVersionError' }),
    );
  });

  it.each([0, -1, 2.5])('refuses format %s, which no kiosk wrote', (format) => {
    expect(() => documentVersionOfJournal(format)).toThrow(/no kiosk version wrote/);
  });
});
