import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { keyFileSource } from '../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../electron/core/store/openKioskStore.js';
import type { KioskStoreOptions } from '../../electron/core/store/openKioskStore.js';

/** A store in its own temp folder, reopened at will as a restart would. */
export class StoreTestFolder {
  readonly dir: string;
  readonly #defaults: Partial<KioskStoreOptions>;
  #store: KioskStore | undefined;

  private constructor(dir: string, defaults: Partial<KioskStoreOptions>) {
    this.dir = dir;
    this.#defaults = defaults;
  }

  static async create(
    prefix = 'kiosk-store-',
    defaults: Partial<KioskStoreOptions> = {},
  ): Promise<StoreTestFolder> {
    return new StoreTestFolder(await mkdtemp(join(tmpdir(), prefix)), defaults);
  }

  /** Closes the store open on the folder (if any), then opens it again: a restart. */
  async reopen(options: Partial<KioskStoreOptions> = {}): Promise<KioskStore> {
    await this.close();
    this.#store = await openKioskStore({
      dataDir: this.dir,
      keySource: keyFileSource(join(this.dir, 'kiosk.key')),
      ...this.#defaults,
      ...options,
    });
    return this.#store;
  }

  async close(): Promise<void> {
    const store = this.#store;
    this.#store = undefined;
    await store?.close();
  }

  async remove(): Promise<void> {
    await this.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

/**
 * A fresh folder for each test of the file, removed after it, with the store's warnings (and
 * errors, which damaged-data tests provoke) kept off the test output. Returns the current one.
 */
export function useStoreTestFolder(
  prefix: string,
  defaults: Partial<KioskStoreOptions> = {},
): () => StoreTestFolder {
  let folder: StoreTestFolder | undefined;
  beforeEach(async () => {
    folder = await StoreTestFolder.create(prefix, defaults);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await folder?.remove();
    folder = undefined;
    vi.restoreAllMocks();
  });
  return () => {
    if (folder === undefined) throw new Error('useStoreTestFolder: only inside a test');
    return folder;
  };
}
