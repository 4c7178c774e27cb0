import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ChangeKind, ChangeState, VerificationMethod } from '../../../../shared/domain/change.js';
import { maskIdNumber } from '../../../../shared/domain/masking.js';
import { referenceForChange } from '../../../../shared/domain/reference.js';
import { appendWhole, openAppendFile } from '../appendWhole.js';
import type { AppendFileOpener } from '../appendWhole.js';
import type { QueuedChange } from '../kioskDocument.js';

export const ARCHIVE_DIR = 'archive';

/**
 * What is kept of a finished change: enough for a report and a lookup, no usable personal data.
 * Validated when read back: an archive line is a file's contents, input like any other.
 */
export const ArchivedChange = z
  .object({
    changeId: z.uuid(),
    reference: z.string(),
    seq: z.number().int().nonnegative(),
    kind: ChangeKind,
    idNumberMasked: z.string(),
    deviceId: z.string().optional(),
    verifiedBy: VerificationMethod,
    staffId: z.string().optional(),
    acceptedAt: z.iso.datetime({ offset: true }),
    finalState: ChangeState,
    outcomeCode: z.string().optional(),
    finishedAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type ArchivedChange = z.infer<typeof ArchivedChange>;

export function archivedForm(entry: QueuedChange): ArchivedChange {
  const { change } = entry;
  return {
    changeId: change.changeId,
    reference: referenceForChange(change.changeId),
    seq: change.seq,
    kind: change.kind,
    idNumberMasked: maskIdNumber(change.idNumber),
    ...(change.deviceId === undefined ? {} : { deviceId: change.deviceId }),
    verifiedBy: change.evidence.method,
    ...(change.evidence.staffId === undefined ? {} : { staffId: change.evidence.staffId }),
    acceptedAt: change.createdAt,
    finalState: entry.state,
    ...(entry.outcomeCode === undefined ? {} : { outcomeCode: entry.outcomeCode }),
    finishedAt: entry.updatedAt,
  };
}

function dayFile(at: Date): string {
  return `changes-${at.toISOString().slice(0, 10)}.jsonl`;
}

/**
 * Append-only daily files of finished changes. A crash between an append and the journal's
 * record of it leaves those changes in the store too; the next fold finds them at the end of
 * the newest file and does not write them again.
 */
export class ChangeArchive {
  readonly #dir: string;
  readonly #openFile: AppendFileOpener;

  constructor(dataDir: string, openFile: AppendFileOpener = openAppendFile) {
    this.#dir = join(dataDir, ARCHIVE_DIR);
    this.#openFile = openFile;
  }

  async append(entries: readonly QueuedChange[], now: Date): Promise<void> {
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    const already = await this.#idsAtEndOfNewestFile(entries.length);
    const fresh = entries.filter((entry) => !already.has(entry.change.changeId));
    if (fresh.length === 0) return;
    const handle = await this.#openFile(join(this.#dir, dayFile(now)), 'a', 0o600);
    try {
      const text = fresh.map((entry) => `${JSON.stringify(archivedForm(entry))}\n`).join('');
      // Whole lines or none: a half line would hide the next one from every later read.
      await appendWhole(handle, Buffer.from(text, 'utf8'), (await handle.stat()).size, 'the archive');
    } finally {
      await handle.close();
    }
  }

  /**
   * The newest archived change that `matches`, searching day files newest first. `needle` is
   * text every matching line contains, so days that cannot hold it are skipped unparsed.
   */
  async find(
    needle: string,
    matches: (change: ArchivedChange) => boolean,
  ): Promise<ArchivedChange | undefined> {
    for (const name of (await this.#dayFiles()).reverse()) {
      const text = await readFile(join(this.#dir, name), 'utf8').catch(() => '');
      if (!text.includes(needle)) continue;
      for (const line of text.split('\n')) {
        if (!line.includes(needle)) continue;
        const parsed = ArchivedChange.safeParse(parseJsonLine(line));
        if (parsed.success && matches(parsed.data)) return parsed.data;
      }
    }
    return undefined;
  }

  async #idsAtEndOfNewestFile(lines: number): Promise<Set<string>> {
    const newest = (await this.#dayFiles()).at(-1);
    if (newest === undefined || lines === 0) return new Set();
    const text = await readFile(join(this.#dir, newest), 'utf8');
    const tail = text.trimEnd().split('\n').slice(-lines);
    return new Set(
      tail.map((line) => /"changeId":"([0-9a-f-]{36})"/.exec(line)?.[1]).filter((id) => id !== undefined),
    );
  }

  async #dayFiles(): Promise<string[]> {
    const names = await readdir(this.#dir).catch(() => [] as string[]);
    return names.filter((name) => /^changes-\d{4}-\d{2}-\d{2}\.jsonl$/.test(name)).sort();
  }

  /** Deletes day files older than the retention period; returns the names removed. */
  async purgeOlderThan(retentionDays: number, now: Date): Promise<string[]> {
    const cutoff = dayFile(new Date(now.getTime() - retentionDays * 86_400_000));
    const expired = (await this.#dayFiles()).filter((name) => name < cutoff);
    for (const name of expired) await unlink(join(this.#dir, name));
    return expired;
  }
}

function parseJsonLine(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
