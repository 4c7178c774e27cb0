import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRequest } from '../../../shared/upstream/requestSigner.js';
import { DEMO_ID_NUMBERS, DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';

const repo = resolve(import.meta.dirname, '../../..');
const LISTENING = /^Reference upstream listening on (http:\/\/127\.0\.0\.1:(\d+))$/m;

/**
 * Runs the real entry point the way `npm run upstream` does: compiled to JavaScript, in its own
 * process. It is compiled into a temporary folder so the test never touches the shared out/.
 */
describe('npm run upstream entry (upstream/main.ts)', () => {
  let dir: string;
  let entry: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'upstream-main-'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    // The build's own settings (strict, NodeNext), narrowed to the entry and what it imports.
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(repo, 'tsconfig.build.json'),
        compilerOptions: { outDir: dir, rootDir: repo, sourceMap: false },
        files: [join(repo, 'upstream/main.ts')],
        include: [],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', dir], {
      encoding: 'utf8',
    });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    entry = join(dir, 'upstream/main.js');
  }, 60_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function start(env: Record<string, string>) {
    const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const listening = new Promise<{ url: string; port: number }>((done, fail) => {
      child.stdout.on('data', () => {
        const match = LISTENING.exec(stdout);
        if (match?.[1] && match[2]) done({ url: match[1], port: Number(match[2]) });
      });
      // exited never rejects; it resolves with the exit code.
      void exited.then((code) => fail(new Error(`exited ${code}: ${stderr}`)));
    });
    // Not every test waits for the line; an exit without it must not surface as an unhandled rejection.
    listening.catch(() => undefined);
    return { child, listening, exited, output: () => ({ stdout, stderr }) };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'prints one line with the URL, serves the demo kiosk, and stops cleanly on %s',
    async (signal) => {
      const run = start({ PORT: '0' });
      const { url, port } = await run.listening;
      expect(port).toBeGreaterThan(0);

      const body = JSON.stringify({ idNumber: DEMO_ID_NUMBERS.an, method: 'passcode', passcode: '123456' });
      const headers = await signRequest(DEMO_KIOSK, {
        method: 'POST',
        path: '/v1/verifications',
        body,
        timestampMs: Date.now(),
      });
      const response = await fetch(`${url}/v1/verifications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      expect(response.status).toBe(200);

      run.child.kill(signal);
      expect(await run.exited).toBe(0);
      expect(run.output().stdout.trim().split('\n')).toEqual([`Reference upstream listening on ${url}`]);
    },
  );

  it('keeps its state in UPSTREAM_DATA_DIR from one run to the next, and serves admin and dev endpoints when asked', async () => {
    const dataDir = join(dir, 'state');
    const env = { PORT: '0', UPSTREAM_DATA_DIR: dataDir, UPSTREAM_ADMIN: '1', UPSTREAM_DEV_ENDPOINTS: '1' };
    const first = start(env);
    const { url } = await first.listening;
    const body = JSON.stringify({ idNumber: DEMO_ID_NUMBERS.an });
    const headers = await signRequest(DEMO_KIOSK, {
      method: 'POST',
      path: '/v1/otp',
      body,
      timestampMs: Date.now(),
    });
    const sent = await fetch(`${url}/v1/otp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    expect(sent.status).toBe(200);
    expect(
      ((await (await fetch(`${url}/dev/otp/${DEMO_ID_NUMBERS.an}`)).json()) as { otp: string }).otp,
    ).toMatch(/^\d{6}$/);
    const moved = await fetch(`${url}/admin/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advanceDays: 2 }),
    });
    expect(moved.status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // The OTP line is the one other line on stdout, and it shows the ID masked.
    expect(first.output().stdout).toMatch(/^OTP for 0010\*\*\*\*2345 sent to 091\*\*\*\*678: \d{6} /m);

    const second = start(env);
    const again = await second.listening;
    const clock = (await (await fetch(`${again.url}/admin/clock`)).json()) as { offsetMs: number };
    expect(clock.offsetMs).toBe(2 * 86_400_000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start over a corrupt data file, saying which file', async () => {
    const dataDir = join(dir, 'corrupt');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'reference-upstream.json'), '{ not json');
    const run = start({ PORT: '0', UPSTREAM_DATA_DIR: dataDir });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toContain('Reference upstream cannot start');
    expect(run.output().stderr).toContain(join(dataDir, 'reference-upstream.json'));
    expect(run.output().stdout).toBe('');
  });

  it('refuses a fault knob it cannot read', async () => {
    const run = start({ PORT: '0', UPSTREAM_ERROR_RATE: 'lots' });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toContain('UPSTREAM_ERROR_RATE must be a fraction');
  });

  it('refuses a PORT that is not a port number', async () => {
    const run = start({ PORT: 'eighty' });
    expect(await run.exited).not.toBe(0);
    expect(run.output().stderr).toContain('PORT must be an integer');
  });
});
