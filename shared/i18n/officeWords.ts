/** The office pages a staff member opens from the staff bar's menu (issue 11); `pin`, every member's own PIN change. */
export const officePages = ['sync', 'report', 'audit', 'staff', 'pin'] as const;
export type OfficePage = (typeof officePages)[number];

/** The staff bar's "Quản trị" menu and the frame around the office pages. */
export interface OfficeWords {
  /** The menu's button on the staff bar. */
  menu: string;
  /** The menu's entries, with exactly the names the office uses. */
  pages: Readonly<Record<OfficePage, string>>;
  /** Leaves the office pages for the Welcome screen, staff still signed in. */
  backToKiosk: string;
  loading: string;
  /** The page's code could not be loaded (a damaged install): nothing else is affected. */
  loadFailed: string;
  retry: string;
}
