import type { StaffIdentity } from '../../../../shared/ipc/staffContract.js';

/** What every office page gets from the frame (`OfficeScreen`). */
export interface OfficePageProps {
  /** Who is signed in; the core checks the role again on every call. */
  staff: StaffIdentity;
  /** Back to Welcome, staff still signed in. */
  onHome: () => void;
}
