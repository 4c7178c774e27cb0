import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditEntry } from '../../audit/auditEntry.js';
import { StoreRecord } from '../storeRecords.js';
import { journalFileName, journalGenerationOf } from './ChangeJournal.js';
import type { DamagedFlush } from './journalFormat.js';
import { JOURNAL_FORMAT_VERSION, parseJournal } from './journalFormat.js';

export interface DamagedGeneration extends DamagedFlush {
  generation: number;
}

/** What the journals after a snapshot hold, read in order. */
export interface JournalReplay {
  records: StoreRecord[];
  /** Audit entries the replayed journals hold (their seq and hash), in order. */
  auditEntries: AuditEntry[];
  /** Generations that should be there and are not: acknowledged records are gone. */
  missing: number[];
  /** Acknowledged flushes that cannot be read. */
  damaged: DamagedGeneration[];
  /** Generations whose unacknowledged tail (a write a crash cut short) was dropped. */
  tornTails: number[];
  /** Where appending goes on: the newest generation read (or the snapshot's own). */
  current: { generation: number; committedLength: number; lastFlush: number };
  /** The format of the oldest file read: 1 means the folder was written before issue 9. */
  firstVersion: number;
}

/**
 * Reads every journal generation from `fromGeneration` on. The snapshot's own generation must be
 * there (it is created before the snapshot that names it is written), and so must every one after
 * it up to the newest: a gap is a deleted journal, reported, never skipped in silence.
 * `expectFirst` is false for a data folder that has no snapshot at all yet.
 */
export async function replayJournals(
  dataDir: string,
  key: Buffer,
  fromGeneration: number,
  expectFirst: boolean,
): Promise<JournalReplay> {
  const generations = (await journalGenerations(dataDir)).filter(
    (generation) => generation >= fromGeneration,
  );
  const replay: JournalReplay = {
    records: [],
    auditEntries: [],
    missing: [],
    damaged: [],
    tornTails: [],
    current: { generation: fromGeneration, committedLength: 0, lastFlush: 0 },
    firstVersion: JOURNAL_FORMAT_VERSION,
  };
  let expected = fromGeneration;
  if (!expectFirst && generations.length === 0) return replay;
  for (const generation of generations) {
    for (; expected < generation; expected++) replay.missing.push(expected);
    expected = generation + 1;
    const contents = parseJournal(key, await readFile(join(dataDir, journalFileName(generation))));
    if (generation === generations[0]) replay.firstVersion = contents.version;
    for (const raw of contents.records) {
      const record = StoreRecord.safeParse(raw);
      if (!record.success) throw new Error(`journal ${generation} holds a record of unknown shape`);
      replay.records.push(record.data);
      if (record.data.type === 'audit.appended') replay.auditEntries.push(record.data.entry);
    }
    for (const flush of contents.damaged) replay.damaged.push({ generation, ...flush });
    if (contents.tornTail) replay.tornTails.push(generation);
    replay.current = {
      generation,
      committedLength: contents.committedLength,
      lastFlush: contents.lastFlush,
    };
  }
  if (generations.length === 0 && expectFirst) replay.missing.push(fromGeneration);
  return replay;
}

/** The journal generations in the data folder, oldest first. */
export async function journalGenerations(dataDir: string): Promise<number[]> {
  return (await readdir(dataDir))
    .map(journalGenerationOf)
    .filter((generation): generation is number => generation !== undefined)
    .sort((a, b) => a - b);
}
