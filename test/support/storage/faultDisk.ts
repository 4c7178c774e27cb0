import { open } from 'node:fs/promises';
import { relative } from 'node:path';
import type { AppendableFile, AppendFileOpener } from '../../../electron/core/store/appendWhole.js';
import { openAppendFile } from '../../../electron/core/store/appendWhole.js';
import type { DurableFileSystem } from '../../../storage/durableFileAdapter.js';
import { nodeDurableFileSystem } from '../../../storage/durableFileAdapter.js';

/** A call the store makes on the disk through its two seams, where a fault can be played. */
export type DiskStep =
  'open' | 'write' | 'datasync' | 'sync' | 'truncate' | 'writeAndSync' | 'rename' | 'syncDirectory';

/** `short`: half the bytes go to disk and the count comes back short, then the disk is full. */
export type FaultKind = 'short' | 'enospc';

export interface DiskOp {
  step: DiskStep;
  /** The file, relative to the data folder, with a temp file's random part left out. */
  file: string;
}

export interface FaultPlan {
  /** Index of the step, counted from `arm`, that fails; with `match`, the first matching step from there. */
  at?: number;
  match?: (op: DiskOp) => boolean;
  kind: FaultKind;
  /** Runs at the instant of the fault, with the bytes of a short write already on disk: a crash image is taken here. */
  onFault?: () => void;
}

const writeLike = new Set<DiskStep>(['write', 'writeAndSync']);

export function faultKindsFor(step: DiskStep): FaultKind[] {
  return writeLike.has(step) ? ['short', 'enospc'] : ['enospc'];
}

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error('ENOSPC: no space left on device (played by the fault disk)'), {
    code: 'ENOSPC',
  });
}

/**
 * Both of the store's file seams (`appendFiles` and `fileSystem`) over the real files, counting
 * every step from `arm` on. One planned step fails: a short write or ENOSPC. A write fault
 * leaves the disk full (every later write fails with ENOSPC) until `free`, as a real disk does.
 */
export class FaultDisk {
  readonly #root: string;
  #armed = false;
  #plan: FaultPlan | undefined;
  /** Every step since `arm`, in order. */
  trace: DiskOp[] = [];
  /** The step that failed, once the plan fired. */
  fired: DiskOp | undefined;
  full = false;

  constructor(root: string) {
    this.#root = root;
  }

  arm(plan?: FaultPlan): void {
    this.#armed = true;
    this.#plan = plan;
    this.trace = [];
    this.fired = undefined;
  }

  disarm(): void {
    this.#armed = false;
    this.#plan = undefined;
  }

  free(): void {
    this.full = false;
  }

  /** Records the step; answers the fault to play, if this is the planned step. */
  #step(step: DiskStep, path: string): FaultPlan | undefined {
    if (!this.#armed) return undefined;
    const op = { step, file: this.#name(path) };
    this.trace.push(op);
    const plan = this.#plan;
    if (plan === undefined || this.fired !== undefined) return undefined;
    const index = this.trace.length - 1;
    if (plan.match === undefined ? index !== plan.at : index < (plan.at ?? 0) || !plan.match(op))
      return undefined;
    this.fired = op;
    return plan;
  }

  #name(path: string): string {
    const file = relative(this.#root, path) || '(data folder)';
    return file.replace(/\.\d+\.[0-9a-f]+\.tmp$/, '.tmp');
  }

  #fail(plan: FaultPlan, step: DiskStep): never {
    if (writeLike.has(step)) this.full = true;
    plan.onFault?.();
    throw enospc();
  }

  readonly open: AppendFileOpener = async (path, flags, mode) => {
    const plan = this.#step('open', path);
    if (plan !== undefined) this.#fail(plan, 'open');
    return this.#wrap(path, await openAppendFile(path, flags, mode));
  };

  #wrap(path: string, file: AppendableFile): AppendableFile {
    return {
      write: async (buffer, offset, length, position) => {
        const plan = this.#step('write', path);
        if (this.full && plan === undefined) throw enospc();
        if (plan?.kind === 'short' && length > 1) {
          const { bytesWritten } = await file.write(buffer, offset, Math.floor(length / 2), position);
          this.full = true;
          plan.onFault?.();
          return { bytesWritten };
        }
        if (plan !== undefined) this.#fail(plan, 'write');
        return file.write(buffer, offset, length, position);
      },
      stat: () => file.stat(),
      truncate: async (length) => {
        const plan = this.#step('truncate', path);
        if (plan !== undefined) this.#fail(plan, 'truncate');
        await file.truncate(length);
      },
      datasync: async () => {
        const plan = this.#step('datasync', path);
        if (plan !== undefined) this.#fail(plan, 'datasync');
        await file.datasync();
      },
      sync: async () => {
        const plan = this.#step('sync', path);
        if (plan !== undefined) this.#fail(plan, 'sync');
        await file.sync();
      },
      close: () => file.close(),
    };
  }

  readonly fileSystem: DurableFileSystem = {
    writeAndSync: async (path, text) => {
      const plan = this.#step('writeAndSync', path);
      if (this.full && plan === undefined) throw enospc();
      if (plan?.kind === 'short') {
        // What a full disk leaves of a new file: its first half, then the error.
        const handle = await open(path, 'wx', 0o600);
        try {
          await handle.writeFile(text.slice(0, Math.floor(text.length / 2)), 'utf8');
        } finally {
          await handle.close();
        }
      }
      if (plan !== undefined) this.#fail(plan, 'writeAndSync');
      await nodeDurableFileSystem.writeAndSync(path, text);
    },
    rename: async (from, to) => {
      const plan = this.#step('rename', to);
      if (plan !== undefined) this.#fail(plan, 'rename');
      await nodeDurableFileSystem.rename(from, to);
    },
    syncDirectory: async (path) => {
      const plan = this.#step('syncDirectory', path);
      if (plan !== undefined) this.#fail(plan, 'syncDirectory');
      await nodeDurableFileSystem.syncDirectory(path);
    },
    remove: (path) => nodeDurableFileSystem.remove(path),
    read: (path) => nodeDurableFileSystem.read(path),
  };
}
