import { describe, expect, it } from 'vitest';
import { ChangeEvidence } from '../../../shared/domain/change.js';
import { cardIssueDateProblem } from '../../../shared/rules/cardIssueDate.js';

describe("a card's issue date", () => {
  // 23:30 on 1 December in Vietnam: still 1 December there, 16:30 on 1 December UTC.
  const lateEvening = new Date('2026-12-01T16:30:00.000Z');
  // 00:30 on 2 December in Vietnam, though still 1 December in UTC.
  const pastMidnight = new Date('2026-12-01T17:30:00.000Z');

  it('may be today in Vietnam, or any day from the date of birth on', () => {
    expect(cardIssueDateProblem('2026-12-01', '1990-05-12', lateEvening)).toBeUndefined();
    expect(cardIssueDateProblem('1990-05-12', '1990-05-12', lateEvening)).toBeUndefined();
    expect(cardIssueDateProblem('2021-04-20', '1990-05-12', lateEvening)).toBeUndefined();
  });

  it('cannot be after today in Vietnam', () => {
    expect(cardIssueDateProblem('2026-12-02', '1990-05-12', lateEvening)).toBe('IN_FUTURE');
    expect(cardIssueDateProblem('2026-12-02', '1990-05-12', pastMidnight)).toBeUndefined();
    expect(cardIssueDateProblem('2026-12-03', '1990-05-12', pastMidnight)).toBe('IN_FUTURE');
  });

  it('cannot be before the date of birth', () => {
    expect(cardIssueDateProblem('1990-05-11', '1990-05-12', lateEvening)).toBe('BEFORE_BIRTH');
  });
});

describe('change evidence from a scanned card', () => {
  const staff = { method: 'staff', staffId: 'CB01', verifiedAt: '2026-12-01T02:00:00.000Z' } as const;

  it('takes source and cardIssuedOn in staff evidence, and source alone', () => {
    expect(
      ChangeEvidence.safeParse({ ...staff, source: 'card-qr', cardIssuedOn: '2021-04-20' }).success,
    ).toBe(true);
    expect(ChangeEvidence.safeParse({ ...staff, source: 'card-qr' }).success).toBe(true);
    expect(ChangeEvidence.safeParse(staff).success).toBe(true);
  });

  it.each([
    ['an issue date without source', { ...staff, cardIssuedOn: '2021-04-20' }],
    ['another source', { ...staff, source: 'typed' }],
    [
      'a source on passcode evidence',
      { method: 'passcode', token: 't', verifiedAt: staff.verifiedAt, source: 'card-qr' },
    ],
    [
      'card facts on OTP evidence',
      {
        method: 'otp',
        token: 't',
        verifiedAt: staff.verifiedAt,
        source: 'card-qr',
        cardIssuedOn: '2021-04-20',
      },
    ],
    ['a name', { ...staff, source: 'card-qr', fullName: 'NGUYEN VAN AN' }],
    ['an address', { ...staff, source: 'card-qr', address: 'Cam Binh' }],
    ['an issue date not in YYYY-MM-DD', { ...staff, source: 'card-qr', cardIssuedOn: '20042021' }],
  ])('refuses %s', (_case, evidence) => {
    expect(ChangeEvidence.safeParse(evidence).success).toBe(false);
  });
});
