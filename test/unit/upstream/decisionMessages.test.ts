import { describe, expect, it } from 'vitest';
import { lockReasons } from '../../../shared/domain/account.js';
import { decideUnlinkAll, decideUnlinkDevice } from '../../../shared/rules/unlinkDecision.js';
import { decideUnlockRequest } from '../../../shared/rules/unlockDecision.js';
import { unlinkDecisionMessage, unlockDecisionMessage } from '../../../upstream/state/decisionMessages.js';

// The shared rules give codes only; the reference service words the `message` of its answers.

const NOW = new Date('2026-03-15T03:00:00.000Z');
const active = { status: 'active' as const };
const deceased = {
  status: 'locked' as const,
  lock: { reason: 'holder-deceased' as const, since: '2025-01-01T00:00:00.000Z', requestedBy: 'test' },
};

describe('unlinkDecisionMessage', () => {
  it('says how many devices an unlink-all took off the account', () => {
    expect(unlinkDecisionMessage(decideUnlinkAll(active, 3))).toBe('All 3 linked devices were unlinked.');
  });

  it('words each unlink answer in its own sentence', () => {
    const messages = [
      unlinkDecisionMessage(decideUnlinkDevice(active, {})),
      unlinkDecisionMessage(decideUnlinkDevice(active, { unlinkedAt: NOW.toISOString() })),
      unlinkDecisionMessage(decideUnlinkDevice(active, undefined)),
      unlinkDecisionMessage(decideUnlinkDevice(deceased, {})),
      unlinkDecisionMessage(decideUnlinkAll(active, 0)),
    ];
    expect(messages).toEqual([
      'The device was unlinked.',
      'The device was already unlinked.',
      'No such device was ever linked to this account.',
      "Devices of a deceased holder's account are not changed.",
      'The account has no linked devices.',
    ]);
  });
});

describe('unlockDecisionMessage', () => {
  it('tells a waiting review from a second request for it', () => {
    const lock = {
      reason: 'terms-violation' as const,
      since: '2026-01-01T00:00:00.000Z',
      requestedBy: 'test',
    };
    const subject = { status: 'locked' as const, level: 2 as const, lock };
    expect(unlockDecisionMessage(decideUnlockRequest(subject, NOW))).toBe(
      'The terms-violation lock has not ended; the request waits for review.',
    );
    expect(unlockDecisionMessage(decideUnlockRequest(subject, NOW, true))).toBe(
      'An earlier unlock request for this account is still waiting for review.',
    );
  });

  it.each(lockReasons)('words the answer to an unlock request on a %s lock', (reason) => {
    const lock = { reason, since: '2026-01-01T00:00:00.000Z', requestedBy: 'test' };
    const message = unlockDecisionMessage(decideUnlockRequest({ status: 'locked', level: 2, lock }, NOW));
    expect(message).toMatch(/^[A-Z].*\.$/);
  });
});
