import type { RegisteredStaff } from '../state/StaffRegistry.js';
import {
  UPSTREAM_DOCUMENT_VERSION,
  type StoredUpstreamDocument,
  type UpstreamDocument,
} from './upstreamDocument.js';

/**
 * Brings a saved document up to the version this code writes. Version 1 had no staff registry
 * and took any staff ID shaped like CB01; it gets the staff a fresh service starts with (the demo
 * staff member for the demo kiosk), so a saved demo keeps working, and every other kiosk
 * registers its staff again (POST /v1/staff is idempotent, and kiosks register unregistered
 * members on their own). Version 2 only lacked two optional evidence fields (issue 13): its
 * ledger is kept as it is and only the version moves.
 */
export function migrateUpstreamDocument(
  saved: StoredUpstreamDocument,
  initialStaff: readonly RegisteredStaff[],
): UpstreamDocument {
  if (saved.version === UPSTREAM_DOCUMENT_VERSION) return saved;
  if (saved.version === 2) return { ...saved, version: UPSTREAM_DOCUMENT_VERSION };
  return {
    ...saved,
    version: UPSTREAM_DOCUMENT_VERSION,
    staff: initialStaff.map((record) => ({ ...record })),
  };
}
