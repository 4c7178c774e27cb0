import { describe, expect, it } from 'vitest';
import type { KnownChange } from '../../../electron/core/requests/KioskChanges.js';
import { resolveLookup } from '../../../electron/core/requests/resolveLookup.js';
import type { NationalAnswer } from '../../../electron/core/requests/resolveLookup.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import type { RequestStatusResponse } from '../../../shared/upstream/api.js';

const REFERENCE = 'ABCDE-12345';
/** The kiosk accepted it at 02:49 (Vietnam), the national system received it at 02:51. */
const ACCEPTED_AT = '2026-12-01T19:49:10.000Z';
const RECEIVED_AT = '2026-12-01T19:51:40.000Z';

function kioskRecord(state: ChangeState, extra: Partial<KnownChange> = {}): KnownChange {
  return {
    changeId: '3b241101-e2bb-4255-8caf-4136c566a962',
    reference: REFERENCE,
    seq: 4,
    kind: 'unlink-device',
    idNumberMasked: '0010****2345',
    deviceId: 'device-1',
    verifiedBy: 'passcode',
    acceptedAt: ACCEPTED_AT,
    state,
    updatedAt: '2026-12-01T19:52:00.000Z',
    source: 'queue',
    ...extra,
  };
}

function nationalAnswer(fields: Partial<RequestStatusResponse> = {}): NationalAnswer {
  return {
    kind: 'found',
    response: {
      reference: REFERENCE,
      kind: 'unlink-device',
      outcome: 'applied',
      code: 'DEVICE_UNLINKED',
      message: 'Device unlinked.',
      acceptedAt: ACCEPTED_AT,
      receivedAt: RECEIVED_AT,
      updatedAt: RECEIVED_AT,
      ...fields,
    },
  };
}

const closedHere = kioskRecord('closed', {
  closed: { reason: 'citizen-self-served', note: 'gỡ trên điện thoại', staffId: 'CB01', at: RECEIVED_AT },
});

describe('resolveLookup: one state and one explanation for each combination', () => {
  const cases: {
    name: string;
    local: KnownChange | undefined;
    national: NationalAnswer;
    state: ChangeState | undefined;
    basis?: string;
  }[] = [
    // The national system answers: its state, whatever this kiosk holds (staff closing aside).
    {
      name: 'answered, not known here',
      local: undefined,
      national: nationalAnswer(),
      state: 'applied',
      basis: 'national-system',
    },
    {
      name: 'answered, waiting here (its answer was lost)',
      local: kioskRecord('sending'),
      national: nationalAnswer(),
      state: 'applied',
      basis: 'national-system',
    },
    {
      name: 'answered, finished here',
      local: kioskRecord('applied'),
      national: nationalAnswer(),
      state: 'applied',
      basis: 'national-system',
    },
    {
      name: 'answered (a refusal), finished here',
      local: kioskRecord('rejected'),
      national: nationalAnswer({ outcome: 'rejected', code: 'HOLDER_DECEASED' }),
      state: 'rejected',
      basis: 'national-system',
    },
    // It does not know the reference: waiting here is "not received yet"; finished here is the
    // answer on record, never "done" beside "the national system has no information".
    {
      name: 'unknown there, waiting here',
      local: kioskRecord('pending'),
      national: { kind: 'unknown' },
      state: 'pending',
      basis: 'not-yet-received',
    },
    {
      name: 'unknown there, held for staff here',
      local: kioskRecord('blocked'),
      national: { kind: 'unknown' },
      state: 'blocked',
      basis: 'not-yet-received',
    },
    {
      name: 'unknown there (after its restart), done here',
      local: kioskRecord('applied'),
      national: { kind: 'unknown' },
      state: 'applied',
      basis: 'kiosk-record',
    },
    {
      name: 'unknown there, refused here',
      local: kioskRecord('conflict'),
      national: { kind: 'unknown' },
      state: 'conflict',
      basis: 'kiosk-record',
    },
    { name: 'unknown anywhere', local: undefined, national: { kind: 'unknown' }, state: undefined },
    // It cannot be asked.
    {
      name: 'unreachable, waiting here',
      local: kioskRecord('pending'),
      national: { kind: 'unreachable' },
      state: 'pending',
      basis: 'not-checked',
    },
    {
      name: 'unreachable, done here',
      local: kioskRecord('duplicate'),
      national: { kind: 'unreachable' },
      state: 'duplicate',
      basis: 'kiosk-record',
    },
    {
      name: 'unreachable, not known here',
      local: undefined,
      national: { kind: 'unreachable' },
      state: undefined,
    },
    // Staff closed it here: only this kiosk knows why.
    {
      name: 'closed here',
      local: closedHere,
      national: { kind: 'not-asked' },
      state: 'closed',
      basis: 'closed-here',
    },
    {
      name: 'closed here, known there',
      local: closedHere,
      national: nationalAnswer({ outcome: 'conflict' }),
      state: 'closed',
      basis: 'closed-here',
    },
  ];

  for (const { name, local, national, state, basis } of cases) {
    it(name, () => {
      const resolved = resolveLookup(REFERENCE, local, national);
      if (state === undefined) {
        expect(resolved).toBeUndefined();
        return;
      }
      expect(resolved).toMatchObject({ reference: REFERENCE, state, basis });
    });
  }

  it('keeps the reason and note staff gave when they closed it', () => {
    expect(resolveLookup(REFERENCE, closedHere, { kind: 'not-asked' })).toMatchObject({
      closed: { reason: 'citizen-self-served', note: 'gỡ trên điện thoại' },
    });
  });
});

describe('resolveLookup: the acceptance time is the one on the slip', () => {
  it("is this kiosk's acceptance time, not when the national system received the change", () => {
    expect(resolveLookup(REFERENCE, kioskRecord('applied'), nationalAnswer())?.acceptedAt).toBe(ACCEPTED_AT);
  });

  it("is the kiosk's time as the national system holds it, when this kiosk has no record", () => {
    expect(resolveLookup(REFERENCE, undefined, nationalAnswer())?.acceptedAt).toBe(ACCEPTED_AT);
  });

  it('falls back to when it was received, from an older national system that does not say', () => {
    const older = nationalAnswer();
    if (older.kind === 'found') delete older.response.acceptedAt;
    expect(resolveLookup(REFERENCE, undefined, older)?.acceptedAt).toBe(RECEIVED_AT);
  });
});
