import { lstat, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  answerFileName,
  HOST_FILE,
  HostRecord,
  isPrivateTo,
  LaunchAnswer,
  launchFolderOf,
  newRequestId,
  requestFileName,
  usedFileName,
  writePrivateFile,
} from './launchFiles.js';
import type { LaunchRequest } from './launchFiles.js';

export type LaunchRequestErrorCode =
  | 'NO_WEB_HOST'
  | 'LAUNCH_FOLDER_NOT_PRIVATE'
  | 'LAUNCH_ANSWER_NOT_PRIVATE'
  | 'NO_ANSWER'
  | 'LAUNCH_REQUEST_NOT_PRIVATE'
  | 'BAD_LAUNCH_REQUEST';

export class LaunchRequestError extends Error {
  override readonly name = 'LaunchRequestError';
  constructor(
    readonly code: LaunchRequestErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface LaunchCodeRequest {
  dataDir: string;
  /** The code dies this long after it was made if unused; null: valid until its first use. */
  ttlSeconds: number | null;
  /** How long to wait for the host's answer. */
  timeoutMs?: number;
}

export interface MintedLaunch {
  /** `http://127.0.0.1:P/launch?code=…`: a secret until it is used. */
  url: string;
  expiresAt: string | null;
  /** The request's id, which the host names in its log when the code is used. */
  requestId: string;
}

const POLL_MS = 50;

/**
 * Asks the web host that runs on `dataDir` for a fresh launch code, through the launch folder
 * (see launchFiles.ts): writes a 0600 request, waits for the host's 0600 answer, reads it and
 * deletes it. Refuses when no host runs there or when the folder or the answer is not private.
 */
export async function requestLaunchCode(request: LaunchCodeRequest): Promise<MintedLaunch> {
  const folder = launchFolderOf(request.dataDir);
  const noHost = new LaunchRequestError(
    'NO_WEB_HOST',
    `No kiosk web host is running on the data folder ${request.dataDir} (start it with npm start or npm run serve).`,
  );
  const folderStats = await lstat(folder).catch(() => undefined);
  if (folderStats === undefined) throw noHost;
  if (!isPrivateTo(folderStats, 'folder'))
    throw new LaunchRequestError(
      'LAUNCH_FOLDER_NOT_PRIVATE',
      `The launch folder ${folder} is open to other users (it must be 0700): no code was asked for.`,
    );
  const host = await runningHost(folder);
  if (host === undefined) throw noHost;
  const id = newRequestId();
  const body: LaunchRequest = {
    format: 'commune-vneid-kiosk/launch-request',
    version: 1,
    ttlSeconds: request.ttlSeconds,
  };
  await writePrivateFile(join(folder, requestFileName(id)), JSON.stringify(body));
  const answerPath = join(folder, answerFileName(id));
  const deadline = Date.now() + (request.timeoutMs ?? 10_000);
  for (;;) {
    const answer = await takeAnswer(answerPath);
    if (answer !== undefined) {
      if (!answer.ok) throw new LaunchRequestError(answer.code, answer.message);
      return { url: answer.url, expiresAt: answer.expiresAt, requestId: id };
    }
    if (Date.now() >= deadline) {
      await unlink(join(folder, requestFileName(id))).catch(() => undefined);
      throw new LaunchRequestError(
        'NO_ANSWER',
        `The kiosk web host (process ${host.pid}) did not answer the launch request.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function runningHost(folder: string): Promise<HostRecord | undefined> {
  let record: HostRecord;
  try {
    record = HostRecord.parse(JSON.parse(await readFile(join(folder, HOST_FILE), 'utf8')));
  } catch {
    return undefined;
  }
  try {
    process.kill(record.pid, 0);
    return record;
  } catch {
    // EPERM: the process exists but is another user's, so it is not this user's host.
    return undefined;
  }
}

async function takeAnswer(path: string): Promise<LaunchAnswer | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let text: string;
  let privateFile: boolean;
  try {
    privateFile = isPrivateTo(await handle.stat(), 'file');
    text = await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
  await unlink(path);
  if (!privateFile)
    throw new LaunchRequestError(
      'LAUNCH_ANSWER_NOT_PRIVATE',
      `The answer ${path} was readable by other users, so its code is not used.`,
    );
  return LaunchAnswer.parse(JSON.parse(text));
}

/**
 * Resolves true once the host says the code made for `requestId` was exchanged (and clears that
 * note), false if it has not after `timeoutMs`. The launchers delete the page holding the code then.
 */
export async function waitUntilUsed(options: {
  dataDir: string;
  requestId: string;
  timeoutMs: number;
}): Promise<boolean> {
  const note = join(launchFolderOf(options.dataDir), usedFileName(options.requestId));
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    try {
      await unlink(note);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 2).unref());
    }
  }
  return false;
}
