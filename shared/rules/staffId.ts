/**
 * A staff member's ID as the kiosk and the national system write it, e.g. `CB01`: two to four
 * capital letters for the office's prefix (CB = cán bộ), then two to six digits. Staff
 * attestation is recorded under this ID, so a typo here would put it under nobody's name.
 */
export const STAFF_ID_PATTERN = /^[A-Z]{2,4}\d{2,6}$/;

export function isStaffId(text: string): boolean {
  return STAFF_ID_PATTERN.test(text);
}
