import { crc32 } from 'node:zlib';
import { seal, unseal, UnsealError } from '../crypto/sealedBox.js';

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

export interface JournalContents {
  records: unknown[];
  /** Bytes up to the end of the last committed flush: anything after it was never acknowledged. */
  committedLength: number;
  /** A flush was cut short by a crash; its records were never acknowledged and are dropped. */
  tornTail: boolean;
  lastFlush: number;
}

export function parseJournal(key: Buffer, bytes: Buffer): JournalContents {
  const text = bytes.toString('utf8');
  const records: unknown[] = [];
  let flushRecords: unknown[] = [];
  let flushDamaged: string | undefined;
  let committedLength = 0;
  let offset = 0;
  let lastFlush = 0;

  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    if (end === -1) break; // no newline: the last write never finished
    const line = text.slice(offset, end);
    offset = end + 1;
    const space = line.indexOf(' ');
    const body = line.slice(space + 1);
    if (space !== 8 || crc32(body).toString(16).padStart(8, '0') !== line.slice(0, 8)) {
      flushDamaged ??= `a line fails its checksum at byte ${offset - line.length - 1}`;
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
      throw new JournalCorruptError(
        `Flush ${commit[1]} was acknowledged but is damaged (${flushDamaged ?? 'records are missing'}).`,
      );
    }
    records.push(...flushRecords);
    flushRecords = [];
    committedLength = Buffer.byteLength(text.slice(0, offset), 'utf8');
    lastFlush = Number(commit[1]);
  }
  return { records, committedLength, tornTail: committedLength < bytes.length, lastFlush };
}
