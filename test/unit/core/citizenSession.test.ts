import { describe, expect, it } from 'vitest';
import { CitizenSession } from '../../../electron/core/session/CitizenSession.js';
import { ChangeEvidence } from '../../../shared/domain/change.js';
import type { SessionEndReason } from '../../../shared/ipc/sessionContract.js';
import { manualTime } from '../sync/manualTime.js';

const account = {
  idNumber: '001090012345',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-05-12',
  gender: 'male' as const,
  level: 2 as const,
  status: 'active' as const,
  devices: [
    {
      deviceId: 'dev-1',
      name: 'Phone',
      model: 'M',
      os: 'Android',
      firstSeen: '2025-01-01T00:00:00.000Z',
      lastSeen: '2025-01-01T00:00:00.000Z',
      active: true,
    },
  ],
};

function kiosk() {
  const time = manualTime();
  let assisted = false;
  const ended: SessionEndReason[] = [];
  const session = new CitizenSession({
    selfServiceIdleMs: 180_000,
    assistedIdleMs: 600_000,
    isAssisted: () => assisted,
    onEnded: (reason) => ended.push(reason),
    now: time.now,
    timers: time.timers,
  });
  return { time, session, ended, assist: (on: boolean) => (assisted = on) };
}

const passcodeCitizen = {
  idNumber: '001090012345',
  method: 'passcode' as const,
  token: 'tok',
  verifiedAt: '2026-11-23T08:00:00.000Z',
  account,
};

describe('the citizen session', () => {
  it('ends after 3 minutes without a call, telling why, and forgets the citizen', () => {
    const { time, session, ended } = kiosk();
    const citizen = session.begin(passcodeCitizen);
    time.advance(179_999);
    expect(session.current()).toBe(citizen);
    time.advance(1);
    expect(ended).toEqual(['idle']);
    expect(session.current()).toBeUndefined();
    expect(citizen.token).toBeUndefined();
    expect(citizen.account).toBeUndefined();
    expect(citizen.shownDevices.size).toBe(0);
    expect(() => session.require()).toThrow(expect.objectContaining({ code: 'NO_SESSION' }));
  });

  it('waits 10 minutes when a staff member assists', () => {
    const { time, session, ended, assist } = kiosk();
    assist(true);
    session.begin(passcodeCitizen);
    time.advance(590_000);
    expect(session.current()).toBeDefined();
    time.advance(10_000);
    expect(ended).toEqual(['idle']);
  });

  it('restarts the countdown on touch', () => {
    const { time, session, ended } = kiosk();
    session.begin(passcodeCitizen);
    for (let i = 0; i < 10; i++) {
      time.advance(170_000);
      session.touch();
    }
    expect(ended).toEqual([]);
  });

  it('remembers the devices shown, across reads, for later changes', () => {
    const { session } = kiosk();
    const citizen = session.begin(passcodeCitizen);
    session.refreshAccount({ ...account, devices: [] });
    expect([...citizen.shownDevices.keys()]).toEqual(['dev-1']);
  });

  it('gives staff evidence without a token for an offline attestation', () => {
    const { session } = kiosk();
    session.begin({
      idNumber: '001090012345',
      method: 'staff',
      staffId: 'CB01',
      verifiedAt: '2026-11-23T08:00:00.000Z',
    });
    expect(session.evidence()).toEqual({
      method: 'staff',
      staffId: 'CB01',
      verifiedAt: '2026-11-23T08:00:00.000Z',
    });
  });

  it('says in staff evidence that the facts came from the card, with its issue date, and forgets it at the end', () => {
    const { session } = kiosk();
    const citizen = session.begin({
      idNumber: '001090012345',
      method: 'staff',
      staffId: 'CB01',
      dateOfBirth: '1990-05-12',
      card: { source: 'card-qr', issuedOn: '2021-04-20' },
      verifiedAt: '2026-11-23T08:00:00.000Z',
    });
    const evidence = session.evidence();
    expect(evidence).toEqual({
      method: 'staff',
      staffId: 'CB01',
      dateOfBirth: '1990-05-12',
      source: 'card-qr',
      cardIssuedOn: '2021-04-20',
      verifiedAt: '2026-11-23T08:00:00.000Z',
    });
    expect(ChangeEvidence.safeParse(evidence).success).toBe(true);
    session.end('ended');
    expect(citizen.card).toBeUndefined();
  });

  it('never puts card facts in the evidence of a passcode or an OTP', () => {
    const { session } = kiosk();
    session.begin({ ...passcodeCitizen, card: { source: 'card-qr', issuedOn: '2021-04-20' } });
    expect(session.evidence()).toEqual({
      method: 'passcode',
      token: 'tok',
      verifiedAt: '2026-11-23T08:00:00.000Z',
    });
  });

  it('announces an end it was asked for, but not one replaced by the next citizen', () => {
    const { session, ended } = kiosk();
    session.begin(passcodeCitizen);
    session.begin({ ...passcodeCitizen, idNumber: '042195001234' });
    expect(ended).toEqual([]);
    session.end('staff-signed-out');
    session.end('ended');
    expect(ended).toEqual(['staff-signed-out']);
  });
});
