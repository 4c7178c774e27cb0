// The web host (`out/electron/web/main.js`) as a child process, its output passed on line by line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const webHostEntry = join(import.meta.dirname, '..', 'out', 'electron', 'web', 'main.js');

/**
 * The command-line flags passed on to the kiosk: `--accept-loss=<report id>`, a one-start flag
 * (never an environment variable) that accepts one loss report, and `--provision=<file>`.
 * @param {readonly string[]} argv
 */
export function kioskFlags(argv) {
  return argv.filter(
    (arg) =>
      arg === '--accept-loss' ||
      arg.startsWith('--accept-loss=') ||
      arg === '--provision' ||
      arg.startsWith('--provision='),
  );
}

/**
 * @param {{ env: NodeJS.ProcessEnv, onLine: (line: string) => void, args?: readonly string[] }} options
 * @returns {import('node:child_process').ChildProcess}
 */
export function spawnWebHost({ env, onLine, args = [] }) {
  const host = spawn(process.execPath, [webHostEntry, ...args], {
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
