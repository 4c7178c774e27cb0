import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The launch folder (`<data folder>/launch`, 0700): how a command of the kiosk's own OS user
 * (`npm run open`, `npm start`'s window) asks the running web host for a fresh launch code.
 * File permissions are the proof: only that user can write into the folder, and every file in
 * it is 0600, so only that user can read a code the host answers with.
 */
export const LAUNCH_FOLDER = 'launch';
/** Written by the host while it runs: which process answers the requests. */
export const HOST_FILE = 'web-host.json';

export const launchFolderOf = (dataDir: string): string => join(dataDir, LAUNCH_FOLDER);
export const requestFileName = (id: string): string => `request-${id}.json`;
export const answerFileName = (id: string): string => `answer-${id}.json`;
/** Left by the host when the code it made for request `id` was exchanged: the page holding it can go. */
export const usedFileName = (id: string): string => `used-${id}`;
export const REQUEST_ID = /^[0-9a-f]{32}$/;
export const REQUEST_FILE = /^request-([0-9a-f]{32})\.json$/;

export const newRequestId = (): string => randomBytes(16).toString('hex');

export const LaunchRequest = z
  .object({
    format: z.literal('commune-vneid-kiosk/launch-request'),
    version: z.literal(1),
    /** The code dies this long after it was minted if unused; null: valid until its first use. */
    ttlSeconds: z.number().int().min(1).max(3600).nullable(),
  })
  .strict();
export type LaunchRequest = z.infer<typeof LaunchRequest>;

export const LaunchRequestRefusal = z.enum(['LAUNCH_REQUEST_NOT_PRIVATE', 'BAD_LAUNCH_REQUEST']);
export type LaunchRequestRefusal = z.infer<typeof LaunchRequestRefusal>;

export const LaunchAnswer = z.discriminatedUnion('ok', [
  z
    .object({
      format: z.literal('commune-vneid-kiosk/launch-answer'),
      version: z.literal(1),
      ok: z.literal(true),
      url: z.url(),
      expiresAt: z.iso.datetime().nullable(),
    })
    .strict(),
  z
    .object({
      format: z.literal('commune-vneid-kiosk/launch-answer'),
      version: z.literal(1),
      ok: z.literal(false),
      code: LaunchRequestRefusal,
      message: z.string(),
    })
    .strict(),
]);
export type LaunchAnswer = z.infer<typeof LaunchAnswer>;

export const HostRecord = z
  .object({
    format: z.literal('commune-vneid-kiosk/web-host'),
    version: z.literal(1),
    pid: z.number().int().positive(),
    origin: z.url(),
  })
  .strict();
export type HostRecord = z.infer<typeof HostRecord>;

/**
 * Only this OS user may read or write it: owned by the process's user, no group or other bits,
 * and a plain file (not a link to one elsewhere). Windows has no such mode bits; there the
 * per-user folder's ACL is the guard.
 */
export function isPrivateTo(stats: Stats, kind: 'file' | 'folder'): boolean {
  if (process.platform === 'win32') return kind === 'file' ? stats.isFile() : stats.isDirectory();
  const rightKind = kind === 'file' ? stats.isFile() : stats.isDirectory();
  return rightKind && stats.uid === process.getuid?.() && (stats.mode & 0o077) === 0;
}

/**
 * Writes `text` as a 0600 file that appears whole under `path` (temp file, then rename), so the
 * other side never reads half of it.
 */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
