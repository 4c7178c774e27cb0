import { describe, expect, it, vi } from 'vitest';
import { DiskWatch, isDiskLow } from '../../../electron/core/store/notices/diskSpace.js';
import type { DiskSpace } from '../../../electron/core/store/notices/diskSpace.js';

const MB = 1024 ** 2;
const GB = 1024 ** 3;

describe('a low disk', () => {
  it.each([
    ['199 MB free of 100 GB (under 200 MB)', { freeBytes: 199 * MB, totalBytes: 100 * GB }, true],
    ['4 GB free of 100 GB (under 5 %)', { freeBytes: 4 * GB, totalBytes: 100 * GB }, true],
    ['150 MB free of 1 GB (15 %, but under 200 MB)', { freeBytes: 150 * MB, totalBytes: GB }, true],
    ['6 GB free of 100 GB', { freeBytes: 6 * GB, totalBytes: 100 * GB }, false],
    ['300 MB free of 1 GB', { freeBytes: 300 * MB, totalBytes: GB }, false],
    ['exactly 200 MB free of 2 GB', { freeBytes: 200 * MB, totalBytes: 2 * GB }, false],
    ['exactly 5 % free of 100 GB', { freeBytes: 5 * GB, totalBytes: 100 * GB }, false],
    ['nothing free', { freeBytes: 0, totalBytes: 100 * GB }, true],
  ])('%s → low: %s', (_case, space: DiskSpace, low) => {
    expect(isDiskLow(space)).toBe(low);
  });
});

describe('the disk watch', () => {
  const noTimers = { set: () => 0, clear: () => undefined };

  it('reports one episode once, and a new one after the disk had room again', async () => {
    let space: DiskSpace = { freeBytes: 100 * MB, totalBytes: 10 * GB };
    const onLow = vi.fn();
    const watch = new DiskWatch({ dir: '/data', read: async () => space, timers: noTimers, onLow });
    await watch.check();
    await watch.check();
    expect(onLow).toHaveBeenCalledTimes(1);
    expect(onLow).toHaveBeenCalledWith({ freeBytes: 100 * MB, totalBytes: 10 * GB });
    space = { freeBytes: 5 * GB, totalBytes: 10 * GB };
    await watch.check();
    space = { freeBytes: 50 * MB, totalBytes: 10 * GB };
    await watch.check();
    expect(onLow).toHaveBeenCalledTimes(2);
  });

  it('says once that the space cannot be read, and never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onLow = vi.fn();
    const watch = new DiskWatch({
      dir: '/data',
      read: () => Promise.reject(new Error('ENOSYS')),
      timers: noTimers,
      onLow,
    });
    await watch.check();
    await watch.check();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(onLow).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('looks every minute on a timer it stops when asked', () => {
    const set = vi.fn((_callback: () => void, _ms: number) => 7);
    const clear = vi.fn();
    const watch = new DiskWatch({
      dir: '/data',
      read: async () => ({ freeBytes: GB, totalBytes: GB }),
      timers: { set, clear },
      onLow: () => undefined,
    });
    watch.start();
    expect(set).toHaveBeenCalledWith(expect.any(Function), 60_000);
    watch.stop();
    expect(clear).toHaveBeenCalledWith(7);
  });
});
