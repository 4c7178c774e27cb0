import { describe, expect, it } from 'vitest';
import { vi } from '../../../shared/i18n/vi/catalogue.js';
import { formatClockTime } from '../../../renderer/src/format/date.js';
import { identifyProblemText } from '../../../renderer/src/screens/identify/identifyText.js';

const say = (problem: Parameters<typeof identifyProblemText>[1]) => identifyProblemText(vi, problem, '');

describe('what a citizen reads after a wrong code', () => {
  it('says the tries left only once two or fewer remain', () => {
    expect(say({ kind: 'passcode-wrong', attemptsLeft: 4 })).toBe(vi.errors.VERIFICATION_FAILED);
    expect(say({ kind: 'passcode-wrong', attemptsLeft: 3 })).toBe(vi.errors.VERIFICATION_FAILED);
    expect(say({ kind: 'passcode-wrong', attemptsLeft: 2 })).toMatch(/không đúng\. Còn 2 lần thử/);
    expect(say({ kind: 'passcode-wrong', attemptsLeft: 1 })).toMatch(/Còn 1 lần thử/);
    expect(say({ kind: 'otp-wrong', attemptsLeft: 2 })).toMatch(/^Mã không đúng\. Còn 2 lần thử/);
    // A national system that does not count gets the plain sentence.
    expect(say({ kind: 'passcode-wrong' })).toBe(vi.errors.VERIFICATION_FAILED);
  });

  it('gives the lockout’s end as a clock time in Vietnam, rounded up to the minute', () => {
    const now = Date.parse('2026-12-02T03:30:00.000Z'); // 10:30 in Vietnam
    expect(formatClockTime('2026-12-02T03:45:00.000Z', now)).toBe('10:45');
    expect(formatClockTime('2026-12-02T03:44:01.000Z', now)).toBe('10:45');
    // Past midnight in Vietnam: the date too.
    expect(formatClockTime('2026-12-02T17:05:00.000Z', now)).toBe('00:05 03/12/2026');
    expect(vi.identify.verificationLockedUntil('10:45')).toMatch(/tạm bị khóa đến 10:45\./);
  });
});
