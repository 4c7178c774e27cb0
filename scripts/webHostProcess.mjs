// The web host (`out/electron/web/main.js`) as a child process, its output passed on line by line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const webHostEntry = join(import.meta.dirname, '..', 'out', 'electron', 'web', 'main.js');

/**
 * @param {{ env: NodeJS.ProcessEnv, onLine: (line: string) => void }} options
 * @returns {import('node:child_process').ChildProcess}
 */
export function spawnWebHost({ env, onLine }) {
  const host = spawn(process.execPath, [webHostEntry], {
    cwd: join(import.meta.dirname, '..'),
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  createInterface({ input: host.stdout }).on('line', onLine);
  return host;
}

/** The launch URL in the host's "listening on" line, if this is that line. */
export function launchUrlIn(line) {
  return /listening on (\S+)/.exec(line)?.[1];
}
