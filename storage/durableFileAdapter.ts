import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * The file system calls the adapter makes, injectable so a test can check their order and a
 * crash can be simulated between any two of them.
 */
export interface DurableFileSystem {
  writeAndSync(path: string, text: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  syncDirectory(path: string): Promise<void>;
  remove(path: string): Promise<void>;
  read(path: string): Promise<string | undefined>;
}

export const nodeDurableFileSystem: DurableFileSystem = {
  async writeAndSync(path, text) {
    // 'wx' refuses to reuse a leftover temp file: each write gets a file of its own.
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  async syncDirectory(path) {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
    if (process.platform === 'win32') return;
    const handle = await open(path, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async remove(path) {
    await unlink(path).catch(() => undefined);
  },
  async read(path) {
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  },
};

/**
 * A lowdb adapter whose write resolves only once the data is on disk: temp file, fsync,
 * rename over the old file, fsync of the directory. Stock lowdb/steno does none of the fsyncs,
 * so a power cut after "saved" could lose the change a citizen was given a receipt for.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly #fs: DurableFileSystem;
  readonly #parse: (text: string) => T;

  constructor(path: string, parse: (text: string) => T, fs: DurableFileSystem = nodeDurableFileSystem) {
    this.path = path;
    this.#parse = parse;
    this.#fs = fs;
  }

  async read(): Promise<T | null> {
    const text = await this.#fs.read(this.path);
    if (text === undefined) return null;
    return this.#parse(text);
  }

  write(data: T): Promise<void> {
    return writeFileWhole(this.path, JSON.stringify(data), this.#fs);
  }
}

/**
 * Puts `text` at `path` whole or not at all: a temp file beside it, fsync, rename over the old
 * file, fsync of the directory. A crash at any step leaves the old file (or none) and at most a
 * stray temp file, never a half-written one under the real name.
 */
export async function writeFileWhole(
  path: string,
  text: string,
  fs: DurableFileSystem = nodeDurableFileSystem,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeAndSync(temp, text);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.remove(temp);
    throw error;
  }
  await fs.syncDirectory(dirname(path));
}
