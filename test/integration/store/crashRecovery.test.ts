import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChangeArchive } from '../../../electron/core/store/archive/ChangeArchive.js';
import { keyFileSource } from '../../../electron/core/store/keys/dataKey.js';
import { openKioskStore } from '../../../electron/core/store/openKioskStore.js';

const KILLS = 120;
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
}, 60_000);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Starts the child, kills it with SIGKILL `afterMs` after it opened the store; returns what it acknowledged. */
function runAndKill(
  dataDir: string,
  afterMs: number,
): Promise<{ acked: string[]; opened: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let opened = false;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('OPEN ')) {
        opened = true;
        setTimeout(() => child.kill('SIGKILL'), afterMs);
      } else if (line.startsWith('ACK ')) acked.push(line.slice(4));
    });
    const failsafe = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', () => {
      clearTimeout(failsafe);
      resolve({ acked, opened, stderr });
    });
  });
}

describe('crash recovery', () => {
  it(`keeps every acknowledged change exactly once through ${KILLS} SIGKILLs`, async () => {
    const dataDir = join(workDir, 'data');
    const acked: string[] = [];
    // A fixed sequence of kill delays, spread from "right after opening" to "mid-fold".
    for (let i = 0; i < KILLS; i++) {
      const run = await runAndKill(dataDir, (i * 37) % 160);
      // Store notices (an unacknowledged write dropped) are expected; anything else is a failure.
      expect(
        run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('kiosk store:')),
      ).toEqual([]);
      expect(run.opened).toBe(true);
      acked.push(...run.acked);
    }
    expect(acked.length).toBeGreaterThan(KILLS);

    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = await openKioskStore({ dataDir, keySource: keyFileSource(join(dataDir, 'kiosk.key')) });
    const seen = new Map<string, number>();
    const count = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
    store.read().changes.forEach((entry) => count(entry.change.changeId));
    // Every archive file read raw (no once-view), so a change archived twice would count twice.
    for await (const change of new ChangeArchive(dataDir).entries()) count(change.changeId);
    const missing = acked.filter((id) => !seen.has(id));
    const doubled = [...seen].filter(([, times]) => times > 1);
    expect({ missing, doubled }).toEqual({ missing: [], doubled: [] });
    const seqs = store.read().changes.map((entry) => entry.change.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    await store.close();
  }, 240_000);
});
