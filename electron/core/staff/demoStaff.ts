import type { StaffEnrolment } from './StaffDirectory.js';

/**
 * The demo staff member of DESIGN §9, enrolled at a kiosk's first start when no staff are
 * enrolled. The PIN is public: a real deployment enrols its own staff instead. Already
 * registered: the demo national system knows CB01 for the demo kiosk from its start.
 */
export const DEMO_STAFF_ENROLMENT: StaffEnrolment = {
  staffId: 'CB01',
  displayName: 'Cán bộ Nguyễn Thị Hoa',
  pin: '2468',
  registered: true,
};
