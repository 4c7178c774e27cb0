import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { openSession } from '../../support/launchSession.js';

const repo = resolve(import.meta.dirname, '../../..');

/**
 * The web host's real entry (electron/web/main.ts), compiled into a temporary folder with the
 * build's own settings, so the test needs no `npm run build` and never touches the shared out/.
 * The host refuses to start without a renderer build; the tests never load a page, so a
 * one-line page stands in for it.
 */
export function compileWebHost(): { entry: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-webhost-build-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module","version":"0.0.0-test"}');
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: join(repo, 'tsconfig.build.json'),
      compilerOptions: { outDir: join(dir, 'out'), rootDir: repo, sourceMap: false },
      files: [join(repo, 'electron/web/main.ts')],
      include: [],
    }),
  );
  const tsc = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', dir], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
  mkdirSync(join(dir, 'out', 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'out', 'renderer', 'index.html'), '<!doctype html><title>kiosk</title>');
  return {
    entry: join(dir, 'out', 'electron', 'web', 'main.js'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface HostProcess {
  child: ChildProcess;
  origin: string;
  /** Opens the kiosk as a browser would: the first use of the host's launch code. */
  launchUrl: string;
  invoke(method: string, args?: unknown): Promise<unknown>;
  stop(): Promise<number | null>;
}

/** The host's first single-use launch code (KIOSK_LAUNCH_CODE), exchanged once for the session cookie. */
export const LAUNCH_CODE = 'production-test-launch-code-0123456789abcdef';

/** The environment a child kiosk gets: this one's, without any national system or mode of its own. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const own = new Set([
    'UPSTREAM_URL',
    'KIOSK_ID',
    'KIOSK_SECRET',
    'KIOSK_MODE',
    'KIOSK_DATA_DIR',
    'KIOSK_KEY_FILE',
  ]);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !own.has(name)));
  return { ...env, PORT: '0', KIOSK_LAUNCH_CODE: LAUNCH_CODE, ...extra };
}

/** Runs the host to its end (a start that is refused): exit code and output. */
export function runToExit(entry: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  return spawnSync(process.execPath, [entry, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

/** Starts the host and resolves once it listens; rejects with its output if it exits first. */
export function startHost(entry: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<HostProcess> {
  const child = spawn(process.execPath, [entry, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the host exited (${code}) before listening: ${output}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      output += `${line}\n`;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line)?.[1];
      if (url === undefined) return;
      const origin = url;
      const launchUrl = `${origin}/launch?code=${encodeURIComponent(LAUNCH_CODE)}`;
      let cookie: Promise<string> | undefined;
      done({
        child,
        origin,
        launchUrl,
        // The web host's API as the renderer calls it: the session cookie the code was exchanged for.
        async invoke(method, args = {}) {
          cookie ??= openSession(launchUrl);
          const response = await fetch(`${origin}/api/invoke`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin, cookie: await cookie },
            body: JSON.stringify({ method, args }),
          });
          return response.json();
        },
        stop: () =>
          new Promise((stopped) => {
            child.once('exit', (code) => stopped(code));
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
