import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Account } from '../../shared/domain/account.js';
import { DurableJsonFile } from '../../storage/durableFileAdapter.js';
import { ServiceClock } from '../clock/ServiceClock.js';
import { demoAccounts, demoStaff } from '../demo/demoAccounts.js';
import { IdentityLedger } from '../state/IdentityLedger.js';
import type { RegisteredStaff, StaffSeed } from '../state/StaffRegistry.js';
import { loadUpstreamDocument, UpstreamDataError } from './loadUpstreamDocument.js';
import { migrateUpstreamDocument } from './migrateUpstreamDocument.js';
import { SnapshotWriter } from './SnapshotWriter.js';
import { UPSTREAM_DOCUMENT_FORMAT, UPSTREAM_DOCUMENT_VERSION, UpstreamDocument } from './upstreamDocument.js';

export const STATE_FILE_NAME = 'reference-upstream.json';

export interface OpenedState {
  ledger: IdentityLedger;
  clock: ServiceClock;
  /** Resolves once everything changed before the call is on disk; a no-op in memory. */
  save: () => Promise<void>;
  /** The data file, when there is one. */
  file?: string;
}

export interface StateOptions {
  /** Where the state lives across restarts; in memory only when absent. */
  dataDir?: string;
  /** The accounts of a service starting without saved state; the demo accounts when absent. */
  accounts?: Account[];
  /** The staff registered from the start, per kiosk; the demo staff member for the demo kiosk when absent. */
  staff?: readonly StaffSeed[];
  wallNow: () => number;
}

function seededStaff(seeds: readonly StaffSeed[], nowMs: number): RegisteredStaff[] {
  const registeredAt = new Date(nowMs).toISOString();
  return seeds.map((seed) => ({ ...seed, registeredAt }));
}

/** The service's state: restored from `dataDir` when it was saved there, else fresh. */
export function openState(options: StateOptions): OpenedState {
  if (options.dataDir === undefined) {
    const clock = new ServiceClock(options.wallNow);
    const ledger = IdentityLedger.withAccounts(
      options.accounts ?? demoAccounts(clock.now()),
      clock.now,
      seededStaff(options.staff ?? demoStaff(), clock.now()),
    );
    return { ledger, clock, save: () => Promise.resolve() };
  }

  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, STATE_FILE_NAME);
  const loaded = loadUpstreamDocument(file);
  const clock = new ServiceClock(options.wallNow, loaded?.clockOffsetMs ?? 0);
  const initialStaff = seededStaff(options.staff ?? demoStaff(), clock.now());
  const saved = loaded === undefined ? undefined : migrateUpstreamDocument(loaded, initialStaff);
  let ledger: IdentityLedger;
  try {
    ledger =
      saved === undefined
        ? IdentityLedger.withAccounts(options.accounts ?? demoAccounts(clock.now()), clock.now, initialStaff)
        : IdentityLedger.restore(saved, clock.now);
  } catch (error) {
    if (saved === undefined) throw error;
    throw new UpstreamDataError(
      `The data file ${file} holds data the service refuses: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }

  const durable = new DurableJsonFile<UpstreamDocument>(file, (text) =>
    UpstreamDocument.parse(JSON.parse(text)),
  );
  const writer = new SnapshotWriter(durable, (): UpstreamDocument => ({
    format: UPSTREAM_DOCUMENT_FORMAT,
    version: UPSTREAM_DOCUMENT_VERSION,
    savedAt: new Date(clock.wallNow()).toISOString(),
    clockOffsetMs: clock.offsetMs,
    ...ledger.snapshot(),
  }));
  return { ledger, clock, save: () => writer.save(), file };
}
