import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';
import { AckLedger } from '../../support/storage/ackLedger.js';
import { classifyRecovery } from '../../support/storage/classifyRecovery.js';
import { storeOptions } from '../../support/storage/scenarioKiosk.js';

const KILLS = 120;
/** The child is killed after this many of its progress lines (0: as soon as it has opened the store). */
const killAfterLines = (run: number) => (run * 7) % 31;
/** A child that reports nothing for this long is stuck: a bug, reported as such. Not a deadline on its work. */
const SILENCE_MS = 60_000;
let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'kiosk-crash-'));
  childScript = join(workDir, 'bin', 'crashChild.mjs');
  // The child runs as plain Node, as the kiosk does in service: bundle it once.
  await build({
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: join(import.meta.dirname, 'crashChild.ts'),
      outDir: join(workDir, 'bin'),
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'crashChild.mjs', format: 'es' } },
    },
  });
}, 120_000);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

interface Run {
  opened: boolean;
  stalled: boolean;
  stderr: string;
}

/**
 * Starts the child and kills it with SIGKILL once it has reported `lines` steps after opening
 * the store. What the child acknowledged goes into `ledger`, including lines that arrive after
 * the kill was sent: the child wrote them before it died. Nothing here waits on the clock; a
 * loaded machine only makes the child slower, never the verdict different.
 */
function runAndKill(dataDir: string, lines: number, ledger: AckLedger): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { opened: false, stalled: false, stderr: '' };
    let seen = 0;
    let watchdog: NodeJS.Timeout | undefined;
    const progressed = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        run.stalled = true;
        child.kill('SIGKILL');
      }, SILENCE_MS);
    };
    progressed();
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      progressed();
      const [kind = '', ...ids] = line.split(' ').filter((word) => word !== '');
      if (kind === 'OPEN') run.opened = true;
      else if (kind === 'ACK') ids.forEach((id) => ledger.accepted(id));
      else if (kind === 'APPLIED') ids.forEach((id) => ledger.finished(id, 'applied'));
      else if (kind !== 'SENDING') return;
      if (run.opened && seen++ === lines) child.kill('SIGKILL');
    });
    child.on('close', () => {
      clearTimeout(watchdog);
      resolve(run);
    });
  });
}

describe('crash recovery', () => {
  it(`keeps every acknowledged change exactly once through ${KILLS} SIGKILLs`, async () => {
    const dataDir = join(workDir, 'data');
    const ledger = new AckLedger();
    // Kill points follow what the child reported, spread from "right after opening" to many
    // rounds in (a fold runs every 25 records, so kills also land mid-fold).
    for (let i = 0; i < KILLS; i++) {
      const run = await runAndKill(dataDir, killAfterLines(i), ledger);
      expect(run.stalled, `run ${i} reported nothing for ${SILENCE_MS} ms`).toBe(false);
      // Store notices (an unacknowledged write dropped) are expected; anything else is a failure.
      expect(
        run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('kiosk store:')),
      ).toEqual([]);
      expect(run.opened).toBe(true);
    }
    expect(ledger.size).toBeGreaterThan(KILLS);

    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A SIGKILL never loses an acknowledged write: every start recovers, nothing is counted twice.
    const verdict = await classifyRecovery(dataDir, ledger);
    expect(verdict).toMatchObject({ outcome: 'recovered', lost: 0, doubled: 0, rolledBack: 0 });
    const store = await openKioskStore(storeOptions(dataDir));
    const seqs = store.read().changes.map((entry) => entry.change.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    await store.close();
  }, 1_800_000);
});
