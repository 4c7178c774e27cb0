import { randomBytes } from 'node:crypto';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { sealDocument, UnsealError, unsealDocument } from './crypto/sealedBox.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { KIOSK_DOCUMENT_VERSION, KioskDocument } from './kioskDocument.js';
import { StoreVersionError } from './storeVersion.js';

export const SNAPSHOT_FILE = 'kiosk-snapshot.sealed';
export const LAST_GOOD_FILE = 'kiosk-snapshot.last-good.sealed';

/** The lowdb document: the kiosk's state as of every journal generation before `generation`. */
export const KioskSnapshot = z
  .object({ generation: z.number().int().positive(), document: KioskDocument })
  .strict();
export type KioskSnapshot = z.infer<typeof KioskSnapshot>;

export type SnapshotSource = 'main' | 'last-good' | 'none';

export class SnapshotUnreadableError extends Error {
  override readonly name = 'SnapshotUnreadableError';
  /** True when the files open with no error but this key (wrong key or tampered), not damage. */
  readonly wrongKey: boolean;

  constructor(message: string, wrongKey: boolean) {
    super(message);
    this.wrongKey = wrongKey;
  }
}

/**
 * lowdb's adapter for the sealed snapshot. A write puts the new snapshot in place through the
 * durable sequence and keeps the one it replaces as the last-good copy; a read falls back to
 * that copy when the main file is damaged, and moves the damaged file aside instead of
 * overwriting it, so nobody's receipt silently disappears.
 */
export class SealedSnapshotAdapter implements Adapter<KioskSnapshot> {
  readonly #dir: string;
  readonly #key: Buffer;
  readonly #fs: DurableFileSystem;
  #hasMain = false;
  source: SnapshotSource = 'none';
  /** Why the main file was passed over, for the staff notice. */
  mainProblem: string | undefined;
  /** The name the damaged main file was moved aside to. */
  mainSetAside: string | undefined;

  constructor(dir: string, key: Buffer, fs: DurableFileSystem) {
    this.#dir = dir;
    this.#key = key;
    this.#fs = fs;
  }

  async read(): Promise<KioskSnapshot | null> {
    const main = await this.#readOne(SNAPSHOT_FILE);
    if (main.snapshot) {
      this.#hasMain = true;
      this.source = 'main';
      return main.snapshot;
    }
    const lastGood = await this.#readOne(LAST_GOOD_FILE);
    if (main.problem === undefined && lastGood.problem === undefined && !lastGood.snapshot) return null;
    if (!lastGood.snapshot) {
      const both = [main.problem, lastGood.problem].filter(Boolean).join('; ');
      if (main.failure === 'wrong-key-or-tampered' && lastGood.failure !== 'corrupt') {
        throw new SnapshotUnreadableError(
          `The kiosk data does not open with this key (wrong key or tampered): ${both}`,
          true,
        );
      }
      throw new SnapshotUnreadableError(
        `Neither the kiosk data nor its last-good copy can be read: ${both}`,
        false,
      );
    }
    if (main.problem !== undefined) {
      this.mainProblem = main.problem;
      this.mainSetAside = `kiosk-snapshot.damaged-${Date.now()}.sealed`;
      await rename(join(this.#dir, SNAPSHOT_FILE), join(this.#dir, this.mainSetAside));
    }
    this.source = 'last-good';
    return lastGood.snapshot;
  }

  async write(snapshot: KioskSnapshot): Promise<void> {
    // Sealed before the first await: the snapshot is the state at the moment write was called.
    const text = sealDocument(this.#key, JSON.stringify(snapshot));
    const temp = join(this.#dir, `.${SNAPSHOT_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await this.#fs.writeAndSync(temp, text);
      if (this.#hasMain)
        await this.#fs.rename(join(this.#dir, SNAPSHOT_FILE), join(this.#dir, LAST_GOOD_FILE));
      await this.#fs.rename(temp, join(this.#dir, SNAPSHOT_FILE));
    } catch (error) {
      await this.#fs.remove(temp);
      throw error;
    }
    this.#hasMain = true;
    await this.#fs.syncDirectory(this.#dir);
  }

  async #readOne(
    name: string,
  ): Promise<{ snapshot?: KioskSnapshot; problem?: string; failure?: UnsealError['failure'] | 'shape' }> {
    const text = await this.#fs.read(join(this.#dir, name));
    if (text === undefined) return {};
    let raw: unknown;
    try {
      raw = JSON.parse(unsealDocument(this.#key, text));
    } catch (error) {
      if (error instanceof UnsealError)
        return { problem: `${name}: ${error.message}`, failure: error.failure };
      return { problem: `${name}: unreadable`, failure: 'corrupt' };
    }
    // A newer document is not damage: falling back to the last-good copy would misread history.
    const version = (raw as { document?: { version?: unknown } } | null)?.document?.version;
    if (typeof version === 'number' && version > KIOSK_DOCUMENT_VERSION)
      throw new StoreVersionError(`The kiosk data (${name})`, version, KIOSK_DOCUMENT_VERSION);
    const parsed = KioskSnapshot.safeParse(raw);
    if (parsed.success) return { snapshot: parsed.data };
    return { problem: `${name}: unexpected contents`, failure: 'shape' };
  }
}
