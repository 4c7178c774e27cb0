import { cpSync } from 'node:fs';
import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AckLedger } from './ackLedger.js';
import type { Classification } from './classifyRecovery.js';
import { classifyRecovery } from './classifyRecovery.js';
import type { DiskOp } from './faultDisk.js';
import { FaultDisk, faultKindsFor } from './faultDisk.js';
import type { DataFolder, MatrixTemplates } from './matrixTemplates.js';
import { buildMatrixTemplates, copyFolder, journalFiles } from './matrixTemplates.js';
import type { ScenarioKiosk } from './scenarioKiosk.js';
import { acceptChanges, fold, goOn, openScenarioKiosk, sendOldest } from './scenarioKiosk.js';
import { realFullDiskCase } from './tmpfsCase.js';

export interface FaultCaseRow extends Classification {
  case: string;
}

/** One case of the storage fault matrix (issue 9, point 6): it answers one row per start it tried. */
export interface FaultCase {
  name: string;
  run(): Promise<FaultCaseRow[]>;
  /** Why the case could not run here (the real full disk needs root); set by `run`. */
  skipped?: string;
}

/** The steps of a flush and of a fold, as the matrix plays them against a copy of the base folder. */
const phases: Record<string, (kiosk: ScenarioKiosk) => Promise<unknown>> = {
  'flush (accept)': (kiosk) => acceptChanges(kiosk, 1),
  'flush (answer)': (kiosk) => sendOldest(kiosk, 2),
  fold: (kiosk) => fold(kiosk),
};

async function probe(base: DataFolder, dir: string, phase: string): Promise<DiskOp[]> {
  await copyFolder(base.dir, dir);
  const disk = new FaultDisk(dir);
  const kiosk = await openScenarioKiosk(dir, base.ledger.clone(), disk);
  disk.arm();
  await phases[phase]?.(kiosk);
  const trace = disk.trace;
  disk.disarm();
  await kiosk.close();
  await rm(dir, { recursive: true, force: true });
  return trace;
}

function seamCase(
  base: DataFolder,
  workDir: string,
  phase: string,
  at: number,
  steps: number,
  op: DiskOp,
  kind: 'short' | 'enospc',
): FaultCase {
  const name = `${phase}, step ${at + 1}/${steps} ${op.step} ${op.file}: ${kind === 'short' ? 'short write' : 'ENOSPC'}`;
  return {
    name,
    async run() {
      const dir = join(workDir, `${phase.replace(/\W+/g, '-')}-${at}-${kind}`);
      const live = join(dir, 'live');
      const crash = join(dir, 'crash');
      await copyFolder(base.dir, live);
      const ledger = base.ledger.clone();
      const disk = new FaultDisk(live);
      const kiosk = await openScenarioKiosk(live, ledger, disk);
      let atCrash: AckLedger | undefined;
      disk.arm({
        at,
        kind,
        onFault: () => {
          cpSync(live, crash, { recursive: true });
          atCrash = ledger.clone();
        },
      });
      await phases[phase]?.(kiosk);
      const fired = disk.fired;
      disk.disarm();
      disk.free();
      await goOn(kiosk);
      await kiosk.close();
      if (atCrash === undefined || fired?.step !== op.step)
        throw new Error(`${name}: the step was not reached (${fired?.step ?? 'nothing'} failed)`);
      const rows = [
        { case: `${name} / crash there`, ...(await classifyRecovery(crash, atCrash, base.archivedIn)) },
        { case: `${name} / went on`, ...(await classifyRecovery(live, ledger, base.archivedIn)) },
      ];
      await rm(dir, { recursive: true, force: true });
      return rows;
    },
  };
}

function damageCase(
  name: string,
  template: DataFolder,
  workDir: string,
  damage: (dir: string) => Promise<void>,
): FaultCase {
  return {
    name,
    async run() {
      const dir = join(workDir, name.replace(/\W+/g, '-'));
      await copyFolder(template.dir, dir);
      await damage(dir);
      const row = { case: name, ...(await classifyRecovery(dir, template.ledger, template.archivedIn)) };
      await rm(dir, { recursive: true, force: true });
      return [row];
    },
  };
}

async function only(dir: string, pattern: RegExp, pick: 'first' | 'last'): Promise<string> {
  const names = (await readdir(dir)).filter((name) => pattern.test(name)).sort();
  const name = pick === 'first' ? names[0] : names.at(-1);
  if (name === undefined) throw new Error(`no file like ${pattern} in ${dir}`);
  return join(dir, name);
}

const remove = (path: string) => rm(path);

async function flipByte(path: string, offset: number | ((bytes: Buffer) => number)): Promise<void> {
  const bytes = await readFile(path);
  const at = typeof offset === 'number' ? offset : offset(bytes);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  await writeFile(path, bytes);
}

/** A digit inside the changeId of an archive line in the middle of the file: the line names another change now. */
function digitOfAMiddleChangeId(bytes: Buffer): number {
  const text = bytes.toString('latin1');
  const lines = [...text.matchAll(/"changeId":"/g)].map((match) => match.index + '"changeId":"'.length);
  const start = lines[Math.floor(lines.length / 2)] ?? 0;
  for (let at = start; at < start + 36; at++) if (/\d/.test(text[at] ?? '')) return at;
  throw new Error('no digit in the changeId');
}

const middle = (bytes: Buffer) => Math.floor(bytes.length / 2);

function damageCases(templates: MatrixTemplates, workDir: string): FaultCase[] {
  const { base, torn, generations } = templates;
  const newestJournal = (dir: string) => only(dir, /^journal-\d+\.log$/, 'last');
  const snapshot = (dir: string) => join(dir, 'kiosk-snapshot.sealed');
  const lastGood = (dir: string) => join(dir, 'kiosk-snapshot.last-good.sealed');
  const archiveFile = (dir: string) => only(join(dir, 'archive'), /./, 'first');
  const auditFile = (dir: string) => only(join(dir, 'audit'), /^audit-/, 'last');
  const tornJournal = (dir: string) => join(dir, torn.newestJournal);
  const cutAt = (name: string, length: number) =>
    damageCase(`newest journal truncated ${name} (at byte ${length})`, torn, workDir, (dir) =>
      truncate(tornJournal(dir), length),
    );
  const inLastFlush = torn.lastFlushStart + Math.floor((torn.committedLength - torn.lastFlushStart) / 2);
  const inTornTail = torn.committedLength + Math.floor((torn.tornLength - torn.committedLength) / 2);
  return [
    cutAt('inside the torn tail', inTornTail),
    cutAt('at the end of the last acknowledged flush', torn.committedLength),
    cutAt('one byte short of the last commit', torn.committedLength - 1),
    cutAt('inside the last acknowledged flush', inLastFlush),
    cutAt('at half its length', Math.floor(torn.tornLength / 2)),
    cutAt('to nothing', 0),
    damageCase('newest journal deleted', base, workDir, async (dir) => remove(await newestJournal(dir))),
    damageCase('a middle journal generation deleted', generations, workDir, async (dir) => {
      const journals = await journalFiles(dir);
      if (journals.length < 3) throw new Error(`only ${journals.length} journals are kept`);
      await remove(join(dir, journals.at(-2) ?? ''));
    }),
    damageCase('snapshot deleted', base, workDir, (dir) => remove(snapshot(dir))),
    damageCase('last-good copy deleted', base, workDir, (dir) => remove(lastGood(dir))),
    damageCase('snapshot and last-good copy deleted', base, workDir, async (dir) => {
      await remove(snapshot(dir));
      await remove(lastGood(dir));
    }),
    damageCase('an archive file deleted', base, workDir, async (dir) => remove(await archiveFile(dir))),
    damageCase('the audit month file deleted', base, workDir, async (dir) => remove(await auditFile(dir))),
    damageCase(
      'a byte flipped in the newest journal, inside the last acknowledged flush',
      torn,
      workDir,
      (dir) => flipByte(tornJournal(dir), inLastFlush),
    ),
    damageCase('a byte flipped in the newest journal, inside the torn tail', torn, workDir, (dir) =>
      flipByte(tornJournal(dir), inTornTail),
    ),
    damageCase('a byte flipped in the snapshot', base, workDir, (dir) => flipByte(snapshot(dir), middle)),
    damageCase('a byte flipped in the last-good copy', base, workDir, (dir) =>
      flipByte(lastGood(dir), middle),
    ),
    damageCase('a byte flipped in an archive file (inside a changeId)', base, workDir, async (dir) =>
      flipByte(await archiveFile(dir), digitOfAMiddleChangeId),
    ),
    damageCase('a byte flipped in the audit month file', base, workDir, async (dir) =>
      flipByte(await auditFile(dir), middle),
    ),
  ];
}

/**
 * Every case of the matrix. The seam cases are found, not listed: each step the store takes on
 * the disk during a flush and during a fold (probed once on a copy of the base folder) fails in
 * turn, so a step added to either is covered without touching this list.
 */
export async function faultMatrixCases(workDir: string): Promise<FaultCase[]> {
  const templates = await buildMatrixTemplates(join(workDir, 'templates'));
  const cases: FaultCase[] = [];
  for (const phase of Object.keys(phases)) {
    const trace = await probe(templates.base, join(workDir, 'probe'), phase);
    trace.forEach((op, at) => {
      for (const kind of faultKindsFor(op.step))
        cases.push(seamCase(templates.base, join(workDir, 'seam'), phase, at, trace.length, op, kind));
    });
  }
  cases.push(...damageCases(templates, join(workDir, 'damage')));
  cases.push(realFullDiskCase(join(workDir, 'tmpfs')));
  return cases;
}
