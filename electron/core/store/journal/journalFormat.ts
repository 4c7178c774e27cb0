import { crc32 } from 'node:zlib';
import { seal, unseal, UnsealError } from '../crypto/sealedBox.js';
import type { KioskDocument } from '../kioskDocument.js';
import { StoreVersionError } from '../storeVersion.js';

/**
 * The journal file format this code writes. Version 2 and later files start with a header line
 * `<crc> H kiosk-journal <version>`; a file without it is version 1 (before issue 9) and is read
 * the same way, since each version only added record kinds or optional fields (3, issue 10:
 * provisioning, roles; 4, issue 11: closing a change, the held-for-staff list; 5, issue 13:
 * `source` and `cardIssuedOn` in change evidence, which an older kiosk's strict schema would not
 * read). A higher version is refused. The first journal's version tells a folder that never folded which
 * document version wrote it.
 */
export const JOURNAL_FORMAT_VERSION = 5;
const HEADER = /^H kiosk-journal (\d+)$/;

/** Each journal format went with the document version of the same number (1: no format line). */
const DOCUMENT_VERSION_OF_JOURNAL: Readonly<Record<number, KioskDocument['version']>> = {
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
};

/**
 * The document version that wrote journals of a format, for a folder with no snapshot yet. A
 * format this code does not know is refused, never taken for the nearest one.
 */
export function documentVersionOfJournal(journalVersion: number): KioskDocument['version'] {
  const version = DOCUMENT_VERSION_OF_JOURNAL[journalVersion];
  if (version !== undefined) return version;
  if (journalVersion > JOURNAL_FORMAT_VERSION)
    throw new StoreVersionError('A journal file', journalVersion, JOURNAL_FORMAT_VERSION);
  throw new Error(`A journal file says format ${journalVersion}, which no kiosk version wrote.`);
}

export function headerLine(): string {
  return frame(`H kiosk-journal ${JOURNAL_FORMAT_VERSION}`);
}

/**
 * One journal line: `<crc32 hex> <body>\n`, where the body is `R <sealed record, base64>` or
 * `C <flush number> <record count>`. A flush is durable only with its commit line, so a crash
 * mid-write (a torn tail) is told apart from damage to records that were acknowledged.
 */
export function recordLine(key: Buffer, record: unknown): string {
  return frame(`R ${seal(key, JSON.stringify(record)).toString('base64')}`);
}

export function commitLine(flush: number, count: number): string {
  return frame(`C ${flush} ${count}`);
}

function frame(body: string): string {
  return `${crc32(body).toString(16).padStart(8, '0')} ${body}\n`;
}

export class JournalCorruptError extends Error {
  override readonly name = 'JournalCorruptError';
}

/** An acknowledged flush (it has its commit line) whose records cannot all be read. */
export interface DamagedFlush {
  flush: number;
  reason: string;
  /** Byte offset of the flush's first line. */
  offset: number;
}

export interface JournalContents {
  /** 1 for a file without a header (written before issue 9). */
  version: number;
  /** Every record of every flush that was committed and reads whole; damaged flushes are left out. */
  records: unknown[];
  /** Acknowledged flushes that are damaged: their records are lost, and the start must say so. */
  damaged: DamagedFlush[];
  /** Bytes up to the end of the last committed flush: anything after it was never acknowledged. */
  committedLength: number;
  /** A flush was cut short by a crash; its records were never acknowledged and are dropped. */
  tornTail: boolean;
  lastFlush: number;
}

export function parseJournal(key: Buffer, bytes: Buffer): JournalContents {
  const text = bytes.toString('utf8');
  const records: unknown[] = [];
  const damaged: DamagedFlush[] = [];
  let flushRecords: unknown[] = [];
  let flushDamaged: string | undefined;
  let flushStart = 0;
  let committedLength = 0;
  let offset = 0;
  let lastFlush = 0;
  let version = 1;

  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) break; // no newline: the last write never finished
    const line = text.slice(offset, end);
    const lineStart = offset;
    offset = end + 1;
    const space = line.indexOf(' ');
    const body = line.slice(space + 1);
    if (space !== 8 || crc32(body).toString(16).padStart(8, '0') !== line.slice(0, 8)) {
      flushDamaged ??= `a line fails its checksum at byte ${Buffer.byteLength(text.slice(0, lineStart))}`;
      continue;
    }
    const header = lineStart === 0 ? HEADER.exec(body) : null;
    if (header !== null) {
      version = Number(header[1]);
      if (version > JOURNAL_FORMAT_VERSION)
        throw new StoreVersionError('A journal file', version, JOURNAL_FORMAT_VERSION);
      committedLength = Buffer.byteLength(text.slice(0, offset), 'utf8');
      flushStart = committedLength;
      continue;
    }
    if (body.startsWith('R ')) {
      try {
        flushRecords.push(JSON.parse(unseal(key, Buffer.from(body.slice(2), 'base64')).toString('utf8')));
      } catch (error) {
        if (error instanceof UnsealError && error.failure === 'wrong-key-or-tampered') {
          throw new JournalCorruptError(
            'A journal record does not open with this key (wrong key or tampered).',
          );
        }
        flushDamaged ??= 'a record cannot be read';
      }
      continue;
    }
    const commit = /^C (\d+) (\d+)$/.exec(body);
    if (commit === null) {
      flushDamaged ??= 'an unknown line';
      continue;
    }
    if (flushDamaged !== undefined || Number(commit[2]) !== flushRecords.length) {
      // Acknowledged yet unreadable: never skipped in silence. The reader goes on so that the
      // flushes after it still count; the store refuses to start unless this loss is accepted.
      damaged.push({
        flush: Number(commit[1]),
        reason: flushDamaged ?? 'records are missing',
        offset: flushStart,
      });
    } else {
      records.push(...flushRecords);
    }
    flushRecords = [];
    flushDamaged = undefined;
    committedLength = Buffer.byteLength(text.slice(0, offset), 'utf8');
    flushStart = committedLength;
    lastFlush = Number(commit[1]);
  }
  return { version, records, damaged, committedLength, tornTail: committedLength < bytes.length, lastFlush };
}
