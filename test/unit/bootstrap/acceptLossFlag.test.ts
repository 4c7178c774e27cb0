import { describe, expect, it } from 'vitest';
import { acceptLossFrom } from '../../../electron/core/bootstrap/acceptLossFlag.js';

describe('--accept-loss on the command line', () => {
  it('names one loss report, or nothing', () => {
    expect(acceptLossFrom(['.', '--accept-loss=L-20261201-3f9a2c'])).toBe('L-20261201-3f9a2c');
    expect(acceptLossFrom(['.'])).toBeUndefined();
    expect(acceptLossFrom(['--accept-loss=L-20261201-3f9a2c', '--accept-loss=L-20261201-3f9a2c'])).toBe(
      'L-20261201-3f9a2c',
    );
  });

  it.each([['--accept-loss'], ['--accept-loss='], ['--accept-loss=yes'], ['--accept-loss=../../etc/passwd']])(
    'refuses %s: only a report id can be accepted',
    (arg) => {
      expect(() => acceptLossFrom([arg])).toThrow(/needs the id of a loss report/);
    },
  );

  it('refuses two different reports at once', () => {
    expect(() =>
      acceptLossFrom(['--accept-loss=L-20261201-3f9a2c', '--accept-loss=L-20261201-000000']),
    ).toThrow(/one report only/);
  });
});
