import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditChainStatus } from '../../../shared/ipc/auditContract.js';
import { AUDIT_DIR, auditFiles } from './auditFiles.js';
import { verifyAuditChain } from './verifyAuditChain.js';
import type { AuditChainReport } from './verifyAuditChain.js';

/** The last entry the files hold, for the status of an intact chain. */
export type ReadAuditHead = () => Promise<{ seq: number; hash: string } | undefined>;

/**
 * The chain status at the top of the audit log, from `verifyAuditChain` (every entry from the
 * first, since an entry altered anywhere breaks the chain from there on). Walking the whole
 * history costs a read and a hash per entry, so the answer is kept while no month file changed
 * (same names, sizes and mtimes): paging and filtering do not walk it again; a new entry does.
 */
export class AuditChainCheck {
  readonly #dataDir: string;
  readonly #readHead: ReadAuditHead;
  readonly #now: () => Date;
  #cached: { signature: string; status: AuditChainStatus } | undefined;
  #running: { signature: string; status: Promise<AuditChainStatus> } | undefined;

  constructor(options: { dataDir: string; readHead: ReadAuditHead; now: () => Date }) {
    this.#dataDir = options.dataDir;
    this.#readHead = options.readHead;
    this.#now = options.now;
  }

  async status(): Promise<AuditChainStatus> {
    const signature = await this.#signature();
    if (this.#cached?.signature === signature) return this.#cached.status;
    if (this.#running?.signature === signature) return this.#running.status;
    const status = this.#verify();
    this.#running = { signature, status };
    try {
      const done = await status;
      this.#cached = { signature, status: done };
      return done;
    } finally {
      if (this.#running?.status === status) this.#running = undefined;
    }
  }

  async #verify(): Promise<AuditChainStatus> {
    const report: AuditChainReport = await verifyAuditChain(this.#dataDir);
    const checkedAt = this.#now().toISOString();
    if (!report.ok) {
      const { file, line, seq, reason } = report.firstBreak;
      return {
        status: 'broken',
        entriesBefore: report.entries,
        // The entries before the break are seq 1 … entries, each proven; nothing after is.
        untrustedFromSeq: report.entries + 1,
        firstBreak: { file, line, ...(seq === undefined ? {} : { seq }), reason },
        checkedAt,
      };
    }
    const head = await this.#readHead();
    return {
      status: 'intact',
      entries: report.entries,
      ...(head === undefined || head.seq !== report.entries ? {} : { head }),
      checkedAt,
    };
  }

  async #signature(): Promise<string> {
    const files = await auditFiles(this.#dataDir);
    const parts = await Promise.all(
      files.map(async (file) => {
        const info = await stat(join(this.#dataDir, AUDIT_DIR, file)).catch(() => undefined);
        return `${file}:${info?.size ?? 'gone'}:${info?.mtimeMs ?? ''}`;
      }),
    );
    return parts.join('|');
  }
}
