import { describe, expect, it } from 'vitest';
import type { Lock, LockReason } from '../../../shared/domain/account.js';
import { lockReasons } from '../../../shared/domain/account.js';
import {
  canLock,
  lockFreezesAccount,
  lockHasEnded,
  lockInitiators,
  unlockRules,
} from '../../../shared/rules/lockRules.js';

const NOW = new Date('2026-03-15T03:00:00.000Z');
const at = (offsetMs: number): string => new Date(NOW.getTime() + offsetMs).toISOString();

describe('canLock', () => {
  it.each([
    ['terms-violation', 1, true],
    ['terms-violation', 2, true],
    ['holder-request', 1, true],
    ['holder-request', 2, true],
    ['id-card-revoked', 1, true],
    ['id-card-revoked', 2, true],
    ['holder-deceased', 1, true],
    ['holder-deceased', 2, true],
    ['competent-authority', 1, false],
    ['competent-authority', 2, true],
  ] as const)('%s on level %i → %s', (reason, level, expected) => {
    expect(canLock(reason, level)).toBe(expected);
  });
});

describe('who locks', () => {
  it.each([
    ['terms-violation', 'identity-agency'],
    ['holder-request', 'holder'],
    ['id-card-revoked', 'identity-agency'],
    ['holder-deceased', 'identity-agency'],
    ['competent-authority', 'competent-authority'],
  ] as const)('%s is started by %s', (reason, initiator) => {
    expect(lockInitiators[reason]).toBe(initiator);
  });
});

describe('what unlocks each ground', () => {
  it.each([
    ['holder-request', 'holder-request', true],
    ['terms-violation', 'review', true],
    ['id-card-revoked', 'card-reissued', false],
    ['competent-authority', 'police-approval', false],
    ['holder-deceased', 'never', false],
  ] as const)('%s → %s, at a kiosk: %s', (reason, route, atKiosk) => {
    expect(unlockRules[reason]).toEqual({ route, atKiosk });
  });

  it('covers every lock reason', () => {
    expect(Object.keys(unlockRules).sort()).toEqual([...lockReasons].sort());
  });
});

describe('lockHasEnded', () => {
  const lock = (reason: LockReason, until?: string): Lock => ({
    reason,
    since: at(-30 * 86_400_000),
    ...(until === undefined ? {} : { until }),
    requestedBy: 'test',
  });

  const endable = lockReasons.filter((reason) => reason !== 'holder-deceased');

  describe.each(endable)('%s', (reason) => {
    it.each([
      ['no end date', undefined, false],
      ['ends tomorrow', at(86_400_000), false],
      ['ends in one millisecond', at(1), false],
      ['ends right now', at(0), true],
      ['ended yesterday', at(-86_400_000), true],
      ['ended with a +07:00 offset', '2026-03-15T09:59:59.000+07:00', true],
      ['ends later with a +07:00 offset', '2026-03-15T10:00:01.000+07:00', false],
    ])('%s → %s', (_label, until, expected) => {
      expect(lockHasEnded(lock(reason, until), NOW)).toBe(expected);
      expect(lockHasEnded(lock(reason, until), NOW.getTime())).toBe(expected);
    });
  });

  it.each([undefined, at(86_400_000), at(-86_400_000), at(-10 * 365 * 86_400_000)])(
    'never ends a deceased holder’s lock (until %s)',
    (until) => {
      expect(lockHasEnded(lock('holder-deceased', until), NOW)).toBe(false);
    },
  );

  it('keeps the lock when its end date cannot be read', () => {
    expect(lockHasEnded(lock('terms-violation', 'not a date'), NOW)).toBe(false);
  });

  it('refuses an invalid clock', () => {
    expect(() => lockHasEnded(lock('terms-violation', at(-1)), new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('lockFreezesAccount', () => {
  const locked = (reason: LockReason): { status: 'locked'; lock: Lock } => ({
    status: 'locked',
    lock: { reason, since: at(-86_400_000), requestedBy: 'test' },
  });

  it.each([
    ['holder-deceased', true],
    ['holder-request', false],
    ['terms-violation', false],
    ['id-card-revoked', false],
    ['competent-authority', false],
  ] as const)('a %s lock freezes the account: %s', (reason, expected) => {
    expect(lockFreezesAccount(locked(reason))).toBe(expected);
  });

  it('does not freeze an account that is not locked, or locked without a ground', () => {
    expect(lockFreezesAccount({ status: 'active', lock: locked('holder-deceased').lock })).toBe(false);
    expect(lockFreezesAccount({ status: 'locked' })).toBe(false);
    expect(lockFreezesAccount({ status: 'active' })).toBe(false);
  });
});
