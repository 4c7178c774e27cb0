import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyFileSource } from '../../electron/core/store/keys/dataKey.js';
import type { KioskStore } from '../../electron/core/store/KioskStore.js';
import { openKioskStore } from '../../electron/core/store/openKioskStore.js';
import type { KioskStoreOptions } from '../../electron/core/store/openKioskStore.js';

/** A store in its own temp folder, reopened at will as a restart would; what the archive tests share. */
export class ArchiveTestFolder {
  readonly dir: string;
  #store: KioskStore | undefined;

  private constructor(dir: string) {
    this.dir = dir;
  }

  static async create(): Promise<ArchiveTestFolder> {
    return new ArchiveTestFolder(await mkdtemp(join(tmpdir(), 'kiosk-archive-')));
  }

  async reopen(options: Partial<KioskStoreOptions> = {}): Promise<KioskStore> {
    await this.#store?.close();
    this.#store = undefined;
    this.#store = await openKioskStore({
      dataDir: this.dir,
      keySource: keyFileSource(join(this.dir, 'kiosk.key')),
      ...options,
    });
    return this.#store;
  }

  async remove(): Promise<void> {
    await this.#store?.close().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}
