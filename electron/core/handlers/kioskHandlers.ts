import type { Account } from '../../../shared/domain/account.js';
import { maskIdNumber } from '../../../shared/domain/masking.js';
import type { AccountView, KioskInfo } from '../../../shared/ipc/contract.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import { parseIdNumber } from '../../../shared/rules/idNumber.js';
import { awaitOutcome } from '../queue/awaitOutcome.js';
import type { ChangeQueue } from '../queue/ChangeQueue.js';
import type { KioskEventHub } from '../events/KioskEventHub.js';
import type { CitizenSession } from '../session/CitizenSession.js';
import type { ChangeSync } from '../sync/ChangeSync.js';
import type { UpstreamClient } from '../upstream/UpstreamClient.js';
import type { KioskHandlers } from './handlerTable.js';

export interface KioskServices {
  info: KioskInfo;
  session: CitizenSession;
  upstream: UpstreamClient;
  queue: ChangeQueue;
  sync: ChangeSync;
  events: KioskEventHub;
  now: () => Date;
}

/** How long a citizen at the screen waits for the national system's answer before "recorded, waiting to send". */
const OUTCOME_WAIT_MS = 15_000;

function accountView(account: Account): AccountView {
  return {
    idNumberMasked: maskIdNumber(account.idNumber),
    fullName: account.fullName,
    dateOfBirth: account.dateOfBirth,
    gender: account.gender,
    level: account.level,
    status: account.status,
    ...(account.lock === undefined ? {} : { lock: account.lock }),
    devices: account.devices,
  };
}

function requireValidIdNumber(input: string, now: Date): string {
  const parsed = parseIdNumber(input, { now });
  if (!parsed.ok) throw new KioskError('INVALID_ID_NUMBER', `${parsed.error.code}: ${parsed.error.message}`);
  return parsed.value.idNumber;
}

export function createKioskHandlers(services: KioskServices): KioskHandlers {
  const { session, upstream, queue, sync } = services;
  return {
    'kiosk.describe': async () => services.info,

    'session.verifyPasscode': async ({ idNumber, passcode }) => {
      session.end();
      const id = requireValidIdNumber(idNumber, services.now());
      const verification = await upstream.verify({ idNumber: id, method: 'passcode', passcode });
      const account = await upstream.readAccount(id, verification.token);
      session.begin({
        idNumber: id,
        method: 'passcode',
        token: verification.token,
        verifiedAt: services.now().toISOString(),
        account,
      });
      return {
        idNumberMasked: maskIdNumber(id),
        fullName: account.fullName,
        level: account.level,
        status: account.status,
      };
    },

    'session.end': async () => {
      session.end();
      return { ended: true };
    },

    'account.read': async () => {
      const citizen = session.require();
      const account = await upstream.readAccount(citizen.idNumber, citizen.token);
      session.refreshAccount(account);
      return accountView(account);
    },

    'device.unlink': async ({ deviceId }) => {
      const citizen = session.require();
      if (!citizen.account.devices.some((device) => device.deviceId === deviceId)) {
        throw new KioskError('DEVICE_NOT_FOUND', 'That device is not linked to this account.');
      }
      const accepted = await queue.accept({
        kind: 'unlink-device',
        idNumber: citizen.idNumber,
        deviceId,
        evidence: session.evidence(),
      });
      // Online, the citizen sees the national system's answer; offline, the honest "waiting".
      const outcome = awaitOutcome(services.events, accepted, OUTCOME_WAIT_MS);
      void sync.drain();
      return outcome;
    },

    'sync.status': async () => sync.status(),
  };
}
