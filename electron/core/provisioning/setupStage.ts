import type { SetupStage } from '../../../shared/ipc/setupContract.js';
import type { KioskDocument } from '../store/kioskDocument.js';

/**
 * Where first-run setup stands, from the store alone: provisioned with no staff → the first
 * supervisor's PIN; enrolled but no recovery kit written → the kit; otherwise (and always in
 * demo, which is never provisioned) → complete.
 */
export function setupStageOf(doc: Pick<KioskDocument, 'provisioning' | 'staff'>): SetupStage {
  if (doc.provisioning === undefined) return 'complete';
  if (doc.staff.length === 0) return 'first-pin';
  if (doc.provisioning.recoveryKitWrittenAt === undefined) return 'recovery-kit';
  return 'complete';
}

/** Methods the first-run screens need, answered whatever the stage; everything else waits for setup. */
export function answeredDuringSetup(method: string): boolean {
  return method === 'kiosk.describe' || method === 'sync.status' || method.startsWith('setup.');
}
