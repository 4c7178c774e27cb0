import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ExportSaved } from '../../../shared/ipc/exportedFile.js';

/** A file to save, as bytes. */
export interface ExportBytes {
  fileName: string;
  bytes: Buffer;
}

/**
 * Where an office export goes on a host that saves files (Electron: a folder the staff member
 * picks). The web host has none: the renderer downloads from `/api/export` instead.
 */
export interface ExportSaver {
  save(file: ExportBytes): Promise<ExportSaved>;
}

export interface FolderExportSaverOptions {
  /** Asks the staff member for a folder; undefined when they cancel. */
  pickFolder: () => Promise<string | undefined>;
}

/**
 * Writes `bytes` at `path` whole or not at all: a temp file beside it, every byte counted,
 * fsync, rename over any older file of the name, fsync of the folder. A USB stick pulled out
 * midway leaves at most a stray temp file, never a half report under the real name.
 */
export async function writeBytesWhole(path: string, bytes: Buffer): Promise<void> {
  const folder = join(path, '..');
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
        if (bytesWritten <= 0) throw new Error(`Writing ${temp} made no progress.`);
        written += bytesWritten;
      }
      await handle.sync();
      const { size } = await handle.stat();
      if (size !== bytes.length) throw new Error(`${temp} holds ${size} bytes, not ${bytes.length}.`);
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  const directory = await open(folder, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

/** Saves into the folder the staff member picks, under the export's own file name. */
export function createFolderExportSaver(options: FolderExportSaverOptions): ExportSaver {
  return {
    async save({ fileName, bytes }) {
      const folder = await options.pickFolder();
      if (folder === undefined) return { saved: false };
      const path = join(folder, basename(fileName));
      await writeBytesWhole(path, bytes);
      return { saved: true, file: path };
    },
  };
}
