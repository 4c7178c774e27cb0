import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { AckLedger } from './ackLedger.js';
import { FaultDisk } from './faultDisk.js';
import { findPresence } from './presence.js';
import { acceptChanges, fold, openScenarioKiosk, sendOldest, workDay } from './scenarioKiosk.js';

/** A data folder a kiosk left, with what the store acknowledged to it. */
export interface DataFolder {
  dir: string;
  ledger: AckLedger;
  /** The archive file each archived change is in. */
  archivedIn: ReadonlyMap<string, string>;
}

/** The newest journal holds a torn tail (a flush cut by a crash, never acknowledged) after acknowledged flushes. */
export interface TornFolder extends DataFolder {
  newestJournal: string;
  /** Its length before the last acknowledged flush, after it, and with the torn tail. */
  lastFlushStart: number;
  committedLength: number;
  tornLength: number;
}

export interface MatrixTemplates {
  /** Days of work, folded three times: snapshot, last-good copy, archive files, an audit month file. */
  base: DataFolder;
  torn: TornFolder;
  /** Two folds whose snapshot write failed: the journals of four generations are kept. */
  generations: DataFolder;
}

export const JOURNAL_FILE = /^journal-\d+\.log$/;

export async function journalFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => JOURNAL_FILE.test(name)).sort();
}

export async function copyFolder(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}

async function archivedIn(dir: string, ledger: AckLedger): Promise<Map<string, string>> {
  const kiosk = await openScenarioKiosk(dir, ledger);
  try {
    const presence = await findPresence(dir, kiosk.store.read());
    if (presence.damagedLines.length > 0) {
      // The matrix reads archive lines by their own format; a clean folder must read clean.
      throw new Error(
        `archive lines of an undamaged folder fail their check: ${presence.damagedLines[0]?.file}`,
      );
    }
    return presence.archivedIn;
  } finally {
    await kiosk.close();
  }
}

async function buildBase(dir: string): Promise<DataFolder> {
  const ledger = new AckLedger();
  const kiosk = await openScenarioKiosk(dir, ledger);
  await workDay(kiosk, 12, 14);
  await kiosk.close();
  return { dir, ledger, archivedIn: await archivedIn(dir, ledger) };
}

async function buildTorn(base: DataFolder, dir: string): Promise<TornFolder> {
  const live = `${dir}.live`;
  await copyFolder(base.dir, live);
  const ledger = base.ledger.clone();
  const disk = new FaultDisk(live);
  const kiosk = await openScenarioKiosk(live, ledger, disk);
  const newestJournal = (await journalFiles(live)).at(-1) ?? '';
  const size = async () => (await stat(join(live, newestJournal))).size;
  await sendOldest(kiosk, 1);
  const lastFlushStart = await size();
  await acceptChanges(kiosk, 1);
  const committedLength = await size();
  let image: AckLedger | undefined;
  // The crash lands mid-write: half of the next flush is on disk, the rest never comes.
  disk.arm({
    match: (op) => op.step === 'write' && JOURNAL_FILE.test(op.file),
    kind: 'short',
    onFault: () => {
      cpSync(live, dir, { recursive: true });
      image = ledger.clone();
    },
  });
  await acceptChanges(kiosk, 1);
  disk.disarm();
  await kiosk.close();
  if (image === undefined) throw new Error('the torn flush was never written');
  const tornLength = (await stat(join(dir, newestJournal))).size;
  if (!(lastFlushStart < committedLength && committedLength < tornLength))
    throw new Error(
      `the newest journal did not grow as planned (${lastFlushStart}, ${committedLength}, ${tornLength})`,
    );
  return {
    dir,
    ledger: image,
    archivedIn: base.archivedIn,
    newestJournal,
    lastFlushStart,
    committedLength,
    tornLength,
  };
}

async function buildGenerations(base: DataFolder, dir: string): Promise<DataFolder> {
  await copyFolder(base.dir, dir);
  const ledger = base.ledger.clone();
  const disk = new FaultDisk(dir);
  const kiosk = await openScenarioKiosk(dir, ledger, disk);
  for (let failedFold = 0; failedFold < 2; failedFold++) {
    await workDay(kiosk, 2, Number.POSITIVE_INFINITY);
    disk.arm({
      match: (op) => op.step === 'writeAndSync' && op.file.includes('kiosk-snapshot'),
      kind: 'enospc',
    });
    if (await fold(kiosk)) throw new Error('a fold with no room for its snapshot went through');
    disk.disarm();
    disk.free();
  }
  await workDay(kiosk, 2, Number.POSITIVE_INFINITY);
  await kiosk.close();
  return { dir, ledger, archivedIn: await archivedIn(dir, ledger) };
}

export async function buildMatrixTemplates(workDir: string): Promise<MatrixTemplates> {
  await mkdir(workDir, { recursive: true });
  const base = await buildBase(join(workDir, 'base'));
  const torn = await buildTorn(base, join(workDir, 'torn'));
  const generations = await buildGenerations(base, join(workDir, 'generations'));
  return { base, torn, generations };
}
