import { mkdir, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { nodeDurableFileSystem } from '../../../../storage/durableFileAdapter.js';
import { appendWhole, openAppendFile } from '../appendWhole.js';
import type { AppendFileOpener } from '../appendWhole.js';

/**
 * Writes a copied file whole into a folder that is being filled (a backup or a restore), with
 * every byte count checked (appendWhole) and an fsync of the file; the folder that holds it is
 * synced once it is complete (`syncFolders`).
 */
export class WholeFileCopy {
  readonly #root: string;
  readonly #openFile: AppendFileOpener;
  readonly #folders = new Set<string>();

  constructor(root: string, openFile: AppendFileOpener = openAppendFile) {
    this.#root = root;
    this.#openFile = openFile;
    this.#folders.add(root);
  }

  /** `path` is relative to the root, with `/`; the file must not exist yet. */
  async write(path: string, contents: Uint8Array, mode = 0o600): Promise<void> {
    const target = join(this.#root, ...path.split('/'));
    const folder = dirname(target);
    if (!this.#folders.has(folder)) {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      this.#folders.add(folder);
    }
    const handle = await this.#openFile(target, 'a', mode);
    try {
      await appendWhole(handle, contents, 0, path);
      // appendWhole fdatasyncs; a new file needs its size and metadata on disk too.
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Written under a temp name, then renamed into place: the file exists whole or not at all. */
  async writeLast(path: string, contents: Uint8Array): Promise<void> {
    const temp = `.${path}.tmp`;
    await this.write(temp, contents);
    await rename(join(this.#root, temp), join(this.#root, path));
  }

  async syncFolders(): Promise<void> {
    // Deepest first: a folder's own entry is in its parent.
    for (const folder of [...this.#folders].sort((a, b) => b.length - a.length)) {
      await nodeDurableFileSystem.syncDirectory(folder);
    }
  }
}
