import { describe, expect, it } from 'vitest';
import type { AuditFacts } from '../../../electron/core/audit/auditEntry.js';
import { Signal } from '../../../electron/core/events/Signal.js';
import { StaffRegistrar } from '../../../electron/core/staff/StaffRegistrar.js';
import type {
  RegistrationUpstream,
  StaffRegistrarOptions,
} from '../../../electron/core/staff/StaffRegistrar.js';
import type { StaffMember } from '../../../electron/core/store/kioskDocument.js';
import type { StoreRecord } from '../../../electron/core/store/storeRecords.js';
import type { ContactListener } from '../../../electron/core/upstream/UpstreamClient.js';
import { UpstreamFailure } from '../../../electron/core/upstream/upstreamFailure.js';
import type { StaffRegistrationRequest } from '../../../shared/upstream/api.js';
import { manualTime } from '../sync/manualTime.js';

const policy = { baseMs: 1_000, capMs: 60_000, probeIntervalMs: 15_000, maxRetryAfterMs: 60_000 };

function member(staffId: string, registeredAt?: string): StaffMember {
  return {
    staffId,
    displayName: `Cán bộ ${staffId}`,
    role: 'staff',
    pinHash: {
      algorithm: 'scrypt',
      N: 16_384,
      r: 8,
      p: 1,
      salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
      hash: 'A'.repeat(44),
    },
    enrolledAt: '2026-11-23T08:00:00.000Z',
    failedAttempts: 0,
    ...(registeredAt === undefined ? {} : { registeredAt }),
  };
}

type Answer = 'ok' | UpstreamFailure;

/** A kiosk's staff, store and national system, in memory; the national system answers from `answers`. */
function setup(members: StaffMember[], answers: Answer[] = []) {
  const time = manualTime(Date.parse('2026-11-23T09:00:00.000Z'));
  const enrolled = new Signal<string>();
  const recovered = new Signal<void>();
  const contact = new Set<ContactListener>();
  const asked: StaffRegistrationRequest[] = [];
  const committed: { records: readonly StoreRecord[]; audit: readonly AuditFacts[] }[] = [];
  let probes = 0;
  const upstream: RegistrationUpstream = {
    registerStaff: (request) => {
      asked.push(request);
      const answer = answers.shift() ?? 'ok';
      if (answer !== 'ok') return Promise.reject(answer);
      return Promise.resolve({ staffId: request.staffId, registeredAt: new Date(time.now()).toISOString() });
    },
    probe: () => {
      probes += 1;
      return Promise.resolve();
    },
    onContact: (listener) => {
      contact.add(listener);
      return () => contact.delete(listener);
    },
  };
  const options: StaffRegistrarOptions = {
    store: {
      commit: (records, audit = []) => {
        committed.push({ records, audit });
        for (const record of records) {
          const known =
            record.type === 'staff.registered'
              ? members.find((m) => m.staffId === record.staffId)
              : undefined;
          if (known !== undefined && record.type === 'staff.registered') known.registeredAt = record.at;
        }
        return Promise.resolve([]);
      },
      writes: { recovered } as StaffRegistrarOptions['store']['writes'],
    },
    directory: {
      enrolled,
      unregistered: () => members.filter((m) => m.registeredAt === undefined),
    },
    upstream,
    now: () => new Date(time.now()),
    policy,
    random: () => 0.5,
    timers: time.timers,
  };
  const registrar = new StaffRegistrar(options);
  return {
    registrar,
    time,
    asked,
    committed,
    enrolled,
    members,
    probes: () => probes,
    /** The national system answered something, healthily or not (another part of the kiosk asked). */
    contact: (healthy: boolean) => {
      const at = time.now();
      for (const listener of contact) listener({ healthy, reachable: healthy, sentAt: at, answeredAt: at });
    },
  };
}

/** Lets a round the timers started run to its end (the stand-ins answer at once). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const unreachable = () => new UpstreamFailure('unreachable', 'no route', { requestLeft: false });
const refused = () =>
  new UpstreamFailure('refused', 'BAD_SIGNATURE: no', { status: 401, upstreamCode: 'BAD_SIGNATURE' });

describe('StaffRegistrar', () => {
  it('registers every member the national system does not know, once, each with its audit entry', async () => {
    const kiosk = setup([member('CB01', '2026-11-01T00:00:00.000Z'), member('CB07'), member('CB08')]);
    kiosk.registrar.start();
    await kiosk.registrar.registerNow();
    expect(kiosk.asked).toEqual([
      { staffId: 'CB07', displayName: 'Cán bộ CB07', role: 'staff' },
      { staffId: 'CB08', displayName: 'Cán bộ CB08', role: 'staff' },
    ]);
    expect(kiosk.committed).toEqual([
      {
        records: [{ type: 'staff.registered', staffId: 'CB07', at: '2026-11-23T09:00:00.000Z' }],
        audit: [{ action: 'staff.registered', actor: 'kiosk', staffId: 'CB07', outcome: 'registered' }],
      },
      {
        records: [{ type: 'staff.registered', staffId: 'CB08', at: '2026-11-23T09:00:00.000Z' }],
        audit: [{ action: 'staff.registered', actor: 'kiosk', staffId: 'CB08', outcome: 'registered' }],
      },
    ]);
    await kiosk.registrar.registerNow();
    expect(kiosk.asked).toHaveLength(2);
    await kiosk.registrar.stop();
  });

  it('after silence, waits with backoff, probes while the wait is long, and goes at the first healthy answer', async () => {
    const kiosk = setup([member('CB07')], [unreachable(), unreachable()]);
    kiosk.registrar.start();
    await kiosk.registrar.registerNow();
    expect(kiosk.asked).toHaveLength(1);
    // Full jitter over a 1 s ceiling (random 0.5): the next attempt in 500 ms.
    expect(kiosk.time.pendingAt()).toEqual([kiosk.time.now() + 500]);
    kiosk.time.advance(500);
    await settle();
    expect(kiosk.asked).toHaveLength(2);
    // The ceiling doubled: 1 s now. A failed contact changes nothing; a healthy one ends the wait.
    expect(kiosk.time.pendingAt()).toEqual([kiosk.time.now() + 1_000]);
    kiosk.contact(false);
    expect(kiosk.time.pendingAt()).toEqual([kiosk.time.now() + 1_000]);
    kiosk.contact(true);
    kiosk.time.advance(0);
    await settle();
    expect(kiosk.asked).toHaveLength(3);
    expect(kiosk.members[0]?.registeredAt).toBeDefined();
    expect(kiosk.time.pendingAt()).toEqual([]);
    await kiosk.registrar.stop();
  });

  it('probes on its own while a wait after silence is longer than the probe interval', async () => {
    const failures = Array.from({ length: 8 }, () => unreachable());
    const kiosk = setup([member('CB07')], failures);
    kiosk.registrar.start();
    await kiosk.registrar.registerNow();
    // Waits of 0.5, 1, 2, 4 and 8 s (the ceiling doubling, random 0.5): each shorter than a probe interval.
    for (const waitMs of [500, 1_000, 2_000, 4_000, 8_000]) {
      expect(kiosk.time.pendingAt()).toEqual([kiosk.time.now() + waitMs]);
      kiosk.time.advance(waitMs);
      await settle();
    }
    expect(kiosk.asked).toHaveLength(6);
    // One probe right after each failure to connect, as the sync engine does; none in between.
    expect(kiosk.probes()).toBe(6);
    // 16 s now: one probe 15 s in, which finds the link still down, then the attempt itself.
    expect(kiosk.time.pendingAt()).toEqual([kiosk.time.now() + 15_000, kiosk.time.now() + 16_000]);
    kiosk.time.advance(15_000);
    expect(kiosk.probes()).toBe(7);
    expect(kiosk.asked).toHaveLength(6);
    await kiosk.registrar.stop();
  });

  it('waits a refusal out: a healthy answer elsewhere does not end that wait', async () => {
    const kiosk = setup([member('CB07')], [refused()]);
    kiosk.registrar.start();
    await kiosk.registrar.registerNow();
    const due = kiosk.time.pendingAt()[0] ?? 0;
    kiosk.contact(true);
    kiosk.time.advance(0);
    await settle();
    expect(kiosk.asked).toHaveLength(1);
    kiosk.time.advance(due - kiosk.time.now());
    await settle();
    expect(kiosk.asked).toHaveLength(2);
    expect(kiosk.members[0]?.registeredAt).toBeDefined();
    await kiosk.registrar.stop();
  });

  it('registers a member enrolled later at once, and nothing after it is stopped', async () => {
    const members = [member('CB01', '2026-11-01T00:00:00.000Z')];
    const kiosk = setup(members);
    kiosk.registrar.start();
    await kiosk.registrar.registerNow();
    expect(kiosk.asked).toEqual([]);
    members.push(member('CB07'));
    kiosk.enrolled.emit('CB07');
    await settle();
    expect(kiosk.asked.map((request) => request.staffId)).toEqual(['CB07']);

    await kiosk.registrar.stop();
    members.push(member('CB08'));
    kiosk.enrolled.emit('CB08');
    kiosk.contact(true);
    await kiosk.registrar.registerNow();
    await settle();
    expect(kiosk.asked.map((request) => request.staffId)).toEqual(['CB07']);
  });
});
