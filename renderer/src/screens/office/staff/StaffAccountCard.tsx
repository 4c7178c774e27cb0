import type { StaffAccount } from '../../../../../shared/ipc/staffAdminContract.js';
import { formatDateTime } from '../../../format/date';
import { useMessages } from '../../../i18n/useMessages';

/** What a supervisor may ask for one member; each confirmed first where it cannot be undone. */
export type StaffAction =
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'reset' }
  | { kind: 'unlock' }
  | { kind: 'role'; role: StaffAccount['role'] };

interface StaffAccountCardProps {
  account: StaffAccount;
  /** The signed-in supervisor's own account: changed from "Đổi mã PIN", not here. */
  own: boolean;
  disabled: boolean;
  onAction: (action: StaffAction) => void;
}

/** One member: who, the role, where the account stands (a chip), and what can be done. */
export function StaffAccountCard({ account, own, disabled, onAction }: StaffAccountCardProps) {
  const t = useMessages();
  const words = t.staffAdmin;
  const { status } = account;
  const notes: string[] = [];
  if (!account.registered) notes.push(words.notRegistered);
  if (status === 'locked' && account.lockedUntil !== undefined)
    notes.push(words.lockedUntil(formatDateTime(account.lockedUntil)));
  if (status === 'awaiting-first-pin' && account.setupCodeExpiresAt !== undefined) {
    notes.push(
      account.setupCodeExpired !== true
        ? words.setupCodeUntil(formatDateTime(account.setupCodeExpiresAt))
        : words.setupCodeExpired,
    );
  }
  const button = (label: string, action: StaffAction, tone = 'button--secondary') => (
    <button type="button" className={`button ${tone}`} disabled={disabled} onClick={() => onAction(action)}>
      {label}
    </button>
  );
  const labelId = `staff-${account.staffId}`;
  return (
    <li className="staff-card" aria-labelledby={labelId}>
      <div className="staff-card__who">
        <p className="staff-card__name" id={labelId}>
          {account.displayName} <span className="staff-card__id">{account.staffId}</span>
          {own && <span className="staff-card__you"> {words.you}</span>}
        </p>
        <p className="staff-card__chips">
          <span className="staff-chip staff-chip--role">{words.roles[account.role]}</span>
          <span className={`staff-chip staff-chip--${status}`}>{words.statuses[status]}</span>
        </p>
        {notes.map((note) => (
          <p key={note} className="staff-card__note">
            {note}
          </p>
        ))}
      </div>
      {!own && (
        <div className="staff-card__actions">
          {status === 'locked' && button(words.unlock, { kind: 'unlock' }, 'button--primary')}
          {status === 'disabled'
            ? button(words.enable, { kind: 'enable' }, 'button--primary')
            : button(words.disable, { kind: 'disable' })}
          {status !== 'disabled' && button(words.resetPin, { kind: 'reset' })}
          {account.role === 'staff'
            ? button(words.makeSupervisor, { kind: 'role', role: 'supervisor' })
            : button(words.makeStaff, { kind: 'role', role: 'staff' })}
        </div>
      )}
    </li>
  );
}
