import { describe, expect, it } from 'vitest';
import { appendWhole, cutBackTo } from '../../../electron/core/store/appendWhole.js';
import type { AppendableFile } from '../../../electron/core/store/appendWhole.js';

/** A file in memory whose writes take at most `perWrite` bytes, then fail with `failWith`. */
function memoryFile(initial: number, script: { perWrite?: number[]; failWith?: string } = {}) {
  const calls: string[] = [];
  let size = initial;
  const file: AppendableFile = {
    async write(_buffer, _offset, length) {
      const most = script.perWrite?.shift();
      if (most === undefined && script.failWith !== undefined) {
        throw Object.assign(new Error(script.failWith), { code: script.failWith });
      }
      const written = Math.min(length, most ?? length);
      size += written;
      calls.push(`write ${written}/${length}`);
      return { bytesWritten: written };
    },
    stat: async () => ({ size }),
    async truncate(length) {
      calls.push(`truncate ${length}`);
      size = length;
    },
    async datasync() {
      calls.push('datasync');
    },
    sync: async () => undefined,
    close: async () => undefined,
  };
  return { file, calls, size: () => size };
}

describe('appendWhole', () => {
  it('writes the rest after each short count, then syncs once', async () => {
    const disk = memoryFile(10, { perWrite: [4, 3] });
    await appendWhole(disk.file, new Uint8Array(10), 10, 'a test file');
    expect(disk.calls).toEqual(['write 4/10', 'write 3/6', 'write 3/3', 'datasync']);
    expect(disk.size()).toBe(20);
  });

  it('puts the file back to its last good length after a short count and ENOSPC', async () => {
    const disk = memoryFile(10, { perWrite: [6], failWith: 'ENOSPC' });
    await expect(appendWhole(disk.file, new Uint8Array(10), 10, 'a test file')).rejects.toMatchObject({
      code: 'STORE_FULL',
    });
    expect(disk.size()).toBe(10);
    expect(disk.calls).toEqual(['write 6/10', 'truncate 10', 'datasync']);
  });

  it('counts a quota error as a full disk and any other as a failure', async () => {
    const quota = memoryFile(0, { failWith: 'EDQUOT' });
    await expect(appendWhole(quota.file, new Uint8Array(1), 0, 'x')).rejects.toMatchObject({
      code: 'STORE_FULL',
    });
    const other = memoryFile(0, { failWith: 'EIO' });
    await expect(appendWhole(other.file, new Uint8Array(1), 0, 'x')).rejects.toMatchObject({
      code: 'STORE_FAILED',
    });
  });

  it('never extends a file shorter than the length it was told', async () => {
    const disk = memoryFile(5);
    await cutBackTo(disk.file, 10);
    expect(disk.calls).toEqual(['datasync']);
    expect(disk.size()).toBe(5);
  });
});
