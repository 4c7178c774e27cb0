import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { ArchivedChange } from './archivedChange.js';
import { ArchiveBatchId, ArchiveDay } from './archiveState.js';

export const ARCHIVE_FORMAT = 'kiosk-archive-batch';
/** The batch file format this code writes and the newest it reads. Old day files are version 1. */
export const ARCHIVE_VERSION = 2;

/** An archive file, told by its name: an old day file (v1) or a batch file (v2 or later). */
export type ArchiveFile =
  { kind: 'day'; name: string; day: string } | { kind: 'batch'; name: string; day: string; batchId: string };

export function batchFileName(day: string, batchId: string): string {
  return `changes-${day}.${batchId}.jsonl`;
}

export function archiveFileOf(name: string): ArchiveFile | undefined {
  const day = /^changes-(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(name);
  if (day?.[1] !== undefined) return { kind: 'day', name, day: day[1] };
  const batch = /^changes-(\d{4}-\d{2}-\d{2})\.([0-9a-f]{12})\.jsonl$/.exec(name);
  if (batch?.[1] !== undefined && batch[2] !== undefined)
    return { kind: 'batch', name, day: batch[1], batchId: batch[2] };
  return undefined;
}

/** `<crc32 hex> <json>`: a line that fails its checksum is found, never taken as valid. */
function checkedLine(json: string): string {
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** The body of a checked line, or undefined if it fails its checksum. */
function bodyOf(line: string): string | undefined {
  const sum = line.slice(0, 8);
  if (line[8] !== ' ' || !/^[0-9a-f]{8}$/.test(sum)) return undefined;
  const body = line.slice(9);
  return crc32(body) === Number.parseInt(sum, 16) ? body : undefined;
}

const BatchHeader = z
  .object({
    format: z.literal(ARCHIVE_FORMAT),
    v: z.literal(ARCHIVE_VERSION),
    batchId: ArchiveBatchId,
    day: ArchiveDay,
    count: z.number().int().nonnegative(),
  })
  .strict();

/** A batch file: a header line, then one checked line per change. */
export function encodeBatch(
  batch: { batchId: string; day: string },
  changes: readonly ArchivedChange[],
): string {
  const header = { format: ARCHIVE_FORMAT, v: ARCHIVE_VERSION, ...batch, count: changes.length };
  return [header, ...changes].map((line) => checkedLine(JSON.stringify(line))).join('');
}

/** Written by a newer version of the kiosk software: refused, never guessed at. */
export class ArchiveTooNewError extends Error {
  override readonly name = 'ArchiveTooNewError';
  readonly file: string;
  readonly version: number;

  constructor(file: string, version: number) {
    super(
      `The archive file ${file} is format version ${version}, written by a newer version of the kiosk software; ` +
        `this version reads up to version ${ARCHIVE_VERSION}. Update the kiosk software before reading this data folder.`,
    );
    this.file = file;
    this.version = version;
  }
}

export interface ArchiveFileContents {
  /** The changes whose lines passed their checksum (v2) or parsed (v1), with their line number. */
  changes: { line: number; change: ArchivedChange }[];
  /** 1-based numbers of the lines set aside as damaged. */
  damagedLines: number[];
  /** Lines the header promises that the file does not hold at all (cut short at a line end). */
  missingLines: number;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads one archive file's text. `wanted` picks the lines worth parsing (a lookup passes text its
 * line must contain); with `verify`, every line is checked all the same, so damage is found
 * wherever it is.
 */
export function decodeArchiveFile(
  file: ArchiveFile,
  text: string,
  options: { verify: boolean; wanted?: (line: string) => boolean },
): ArchiveFileContents {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const contents: ArchiveFileContents = { changes: [], damagedLines: [], missingLines: 0 };
  const take = (number: number, json: string | undefined, wanted: boolean) => {
    const parsed = json === undefined ? undefined : ArchivedChange.safeParse(parseJson(json));
    if (parsed?.success !== true) contents.damagedLines.push(number);
    else if (wanted) contents.changes.push({ line: number, change: parsed.data });
  };
  if (file.kind === 'day') {
    lines.forEach((line, i) => {
      const wanted = options.wanted?.(line) !== false;
      if (options.verify || wanted) take(i + 1, line, wanted);
    });
    return contents;
  }
  const headerBody = lines[0] === undefined ? undefined : bodyOf(lines[0]);
  const header = headerBody === undefined ? undefined : parseJson(headerBody);
  const version = (header as { v?: unknown } | undefined)?.v;
  if (typeof version === 'number' && version > ARCHIVE_VERSION)
    throw new ArchiveTooNewError(file.name, version);
  const parsedHeader = BatchHeader.safeParse(header);
  if (!parsedHeader.success) contents.damagedLines.push(1);
  lines.slice(1).forEach((line, i) => {
    const wanted = options.wanted?.(line) !== false;
    if (!options.verify && !wanted) return;
    const body = bodyOf(line);
    if (body === undefined) contents.damagedLines.push(i + 2);
    else if (wanted) take(i + 2, body, true);
  });
  if (parsedHeader.success) contents.missingLines = Math.max(0, parsedHeader.data.count - (lines.length - 1));
  return contents;
}
