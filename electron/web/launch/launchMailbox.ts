import { watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { chmod, lstat, mkdir, open, readdir, rmdir, unlink } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';
import {
  answerFileName,
  HOST_FILE,
  isPrivateTo,
  LaunchRequest,
  launchFolderOf,
  REQUEST_FILE,
  REQUEST_ID,
  usedFileName,
  writePrivateFile,
} from './launchFiles.js';
import type { HostRecord, LaunchAnswer, LaunchRequestRefusal } from './launchFiles.js';

export interface LaunchMailboxOptions {
  dataDir: string;
  origin: string;
  /** Mints a code for one request; `label` is the request's id, for the log. */
  mint(label: string, ttlMs: number | undefined): { url: string; expiresAt?: number };
  log?: (line: string) => void;
}

export interface LaunchMailbox {
  /** The code made for request `label` was exchanged: say so to the command that asked. */
  noteUsed(label: string): void;
  close(): Promise<void>;
}

/** A change notice can be lost (a busy watcher, a network file system): look anyway, now and then. */
const RESCAN_MS = 1_000;
const LEFTOVER = /^(?:request-|answer-|used-).*|.*\.tmp$/;

/**
 * The host's side of the launch folder: answers each `request-<id>.json` with `answer-<id>.json`
 * (0600) holding a fresh launch URL, or a refusal when the request is not private to this user.
 */
export async function openLaunchMailbox(options: LaunchMailboxOptions): Promise<LaunchMailbox> {
  const folder = launchFolderOf(options.dataDir);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await chmod(folder, 0o700);
  if (!isPrivateTo(await lstat(folder), 'folder'))
    throw new Error(`The launch folder ${folder} must be a folder of this user only (0700).`);
  for (const name of await readdir(folder))
    if (LEFTOVER.test(name) || name === HOST_FILE) await unlink(join(folder, name)).catch(() => undefined);
  const record: HostRecord = {
    format: 'commune-vneid-kiosk/web-host',
    version: 1,
    pid: process.pid,
    origin: options.origin,
  };
  await writePrivateFile(join(folder, HOST_FILE), JSON.stringify(record));

  let scanning: Promise<void> | undefined;
  let again = false;
  const scan = (): void => {
    if (scanning) {
      again = true;
      return;
    }
    scanning = answerAll(folder, options)
      .catch((error: unknown) => options.log?.(`launch folder: ${String(error)}`))
      .finally(() => {
        scanning = undefined;
        if (again) {
          again = false;
          scan();
        }
      });
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(folder, scan);
    watcher.on('error', () => undefined);
  } catch {
    watcher = undefined; // the rescan below still answers, a little later
  }
  const rescan = setInterval(scan, RESCAN_MS);
  rescan.unref();
  scan();

  return {
    noteUsed(label) {
      if (!REQUEST_ID.test(label)) return;
      // Best effort: the command then forgets its launch page at the code's expiry instead.
      void writePrivateFile(join(folder, usedFileName(label)), '').catch(() => undefined);
    },
    async close() {
      clearInterval(rescan);
      watcher?.close();
      await scanning;
      // Answers nobody collected go with the host: their codes die with it anyway.
      for (const name of await readdir(folder).catch(() => [] as string[]))
        if (LEFTOVER.test(name) || name === HOST_FILE)
          await unlink(join(folder, name)).catch(() => undefined);
      await rmdir(folder).catch(() => undefined);
    },
  };
}

async function answerAll(folder: string, options: LaunchMailboxOptions): Promise<void> {
  for (const name of await readdir(folder)) {
    const id = REQUEST_FILE.exec(name)?.[1];
    if (id !== undefined) await answerOne(folder, id, join(folder, name), options);
  }
}

async function answerOne(folder: string, id: string, path: string, options: LaunchMailboxOptions) {
  let text: string;
  let privateFile: boolean;
  try {
    // O_NOFOLLOW: a link planted in place of a request is refused, not followed.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      privateFile = isPrivateTo(await handle.stat(), 'file');
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // answered by a scan just before
    if (code !== 'ELOOP') throw error;
    privateFile = false;
    text = '';
  }
  await unlink(path).catch(() => undefined);
  const refuse = (code: LaunchRequestRefusal, message: string): LaunchAnswer => ({
    format: 'commune-vneid-kiosk/launch-answer',
    version: 1,
    ok: false,
    code,
    message,
  });
  let answer: LaunchAnswer;
  if (!privateFile) {
    answer = refuse(
      'LAUNCH_REQUEST_NOT_PRIVATE',
      'The request file must be a plain file of this user with mode 0600; no code was made.',
    );
  } else {
    const request = parseRequest(text);
    if (request === undefined) {
      answer = refuse('BAD_LAUNCH_REQUEST', 'The request file is not a launch request; no code was made.');
    } else {
      const minted = options.mint(id, request.ttlSeconds === null ? undefined : request.ttlSeconds * 1000);
      answer = {
        format: 'commune-vneid-kiosk/launch-answer',
        version: 1,
        ok: true,
        url: minted.url,
        expiresAt: minted.expiresAt === undefined ? null : new Date(minted.expiresAt).toISOString(),
      };
    }
  }
  options.log?.(
    answer.ok ? `Launch code made for request ${id}` : `Launch request ${id} refused: ${answer.code}`,
  );
  await writePrivateFile(join(folder, answerFileName(id)), JSON.stringify(answer));
}

function parseRequest(text: string): LaunchRequest | undefined {
  try {
    const parsed = LaunchRequest.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
