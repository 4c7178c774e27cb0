import type { StaffEnrolment } from './StaffDirectory.js';

/**
 * The demo staff member of DESIGN §9, enrolled at a kiosk's first start when no staff are
 * enrolled. The PIN is public: a real deployment enrols its own staff instead.
 */
export const DEMO_STAFF_ENROLMENT: StaffEnrolment = {
  staffId: 'CB01',
  displayName: 'Cán bộ Nguyễn Thị Hoa',
  pin: '2468',
};
