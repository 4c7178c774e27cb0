import type { StaffEnrolment } from './StaffDirectory.js';

/**
 * The demo staff member of DESIGN §9, a supervisor, enrolled at a demo kiosk's first start when
 * no staff are enrolled. The PIN is public: demo mode only, never a production kiosk.
 */
export const DEMO_STAFF_ENROLMENT: StaffEnrolment = {
  staffId: 'CB01',
  displayName: 'Cán bộ Nguyễn Thị Hoa',
  pin: '2468',
  role: 'supervisor',
};
