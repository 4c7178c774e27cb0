import { useState } from 'react';
import type { StaffRole } from '../../../shared/domain/staffRole.js';
import { officePages } from '../../../shared/i18n/officeWords.js';
import type { OfficePage } from '../../../shared/i18n/officeWords.js';
import { useMessages } from '../i18n/useMessages';

interface OfficeMenuProps {
  role: StaffRole;
  /** The office page on screen, if any: its entry is marked as the current one. */
  current: OfficePage | undefined;
  onOpen: (page: OfficePage) => void;
}

const LIST_ID = 'office-menu-list';

/** Which entries a role sees; the core refuses the rest anyway (SUPERVISOR_REQUIRED). */
function officePagesFor(role: StaffRole): readonly OfficePage[] {
  return role === 'supervisor' ? officePages : officePages.filter((page) => page !== 'staff');
}

/**
 * "Quản trị" on the staff bar: a button that shows the office pages as large buttons below it.
 * A disclosure, not an ARIA menu: on a touch screen every entry is a plain button, and a screen
 * reader reads them as such.
 */
export function OfficeMenu({ role, current, onOpen }: OfficeMenuProps) {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <div className="office-menu">
      <button
        type="button"
        className="button button--secondary office-menu__toggle"
        aria-expanded={open}
        aria-controls={open ? LIST_ID : undefined}
        onClick={() => setOpen((shown) => !shown)}
      >
        {t.office.menu}
      </button>
      {open && (
        <ul className="office-menu__list" id={LIST_ID}>
          {officePagesFor(role).map((page) => (
            <li key={page}>
              <button
                type="button"
                className="button office-menu__entry"
                aria-current={page === current ? 'page' : undefined}
                onClick={() => {
                  setOpen(false);
                  onOpen(page);
                }}
              >
                {t.office.pages[page]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
