import { useState } from 'react';
import type { ReactNode } from 'react';
import type { IssuedSetupCode, StaffAccount } from '../../../../../shared/ipc/staffAdminContract.js';
import { useKiosk } from '../../../bridge/KioskProvider';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { useMessages } from '../../../i18n/useMessages';
import { useInvoke } from '../../../state/useInvoke';
import type { OfficePageProps } from '../officePageProps';
import { EnrolForm } from './EnrolForm';
import type { Enrolment } from './EnrolForm';
import { SetupCodeShown } from './SetupCodeShown';
import { StaffAccountCard } from './StaffAccountCard';
import type { StaffAction } from './StaffAccountCard';
import './StaffAdmin.css';

type View =
  | { kind: 'list' }
  | { kind: 'enrol' }
  /** A setup code just issued: shown once, then never again. */
  | { kind: 'code'; issued: IssuedSetupCode; displayName: string };

interface Pending {
  account: StaffAccount;
  action: StaffAction;
}

/** "Quản lý cán bộ" (supervisors): the members, their status, and what a supervisor may do. */
export function StaffAdminScreen({ staff, onHome }: OfficePageProps) {
  const t = useMessages();
  const words = t.staffAdmin;
  const kiosk = useKiosk();
  const list = useInvoke('staffAdmin.list', {});
  const [view, setView] = useState<View>({ kind: 'list' });
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function enrol(enrolment: Enrolment) {
    setBusy(true);
    setError(null);
    const result = await kiosk.invoke('staffAdmin.enrol', enrolment);
    setBusy(false);
    if (!result.ok) {
      setError(t.errors[result.error.code]);
      return;
    }
    setView({ kind: 'code', issued: result.value, displayName: enrolment.displayName });
  }

  async function act({ account, action }: Pending) {
    const { staffId } = account;
    setBusy(true);
    setError(null);
    if (action.kind === 'reset') {
      const reset = await kiosk.invoke('staffAdmin.resetPin', { staffId });
      setBusy(false);
      if (!reset.ok) {
        setError(t.errors[reset.error.code]);
        return;
      }
      setPending(null);
      setView({ kind: 'code', issued: reset.value, displayName: account.displayName });
      return;
    }
    const result =
      action.kind === 'unlock'
        ? await kiosk.invoke('staffAdmin.unlock', { staffId })
        : action.kind === 'role'
          ? await kiosk.invoke('staffAdmin.setRole', { staffId, role: action.role })
          : await kiosk.invoke('staffAdmin.setEnabled', { staffId, enabled: action.kind === 'enable' });
    setBusy(false);
    if (!result.ok) {
      setError(t.errors[result.error.code]);
      return;
    }
    setPending(null);
    list.reload();
    setDone(
      action.kind === 'role'
        ? words.doneRole(staffId, words.roles[action.role])
        : action.kind === 'unlock'
          ? words.doneUnlocked(staffId)
          : action.kind === 'enable'
            ? words.doneEnabled(staffId)
            : words.doneDisabled(staffId),
    );
  }

  function ask(account: StaffAccount, action: StaffAction) {
    setDone(null);
    setError(null);
    // Enabling and unlocking undo nothing: done at once. The rest are confirmed first.
    if (action.kind === 'enable' || action.kind === 'unlock') void act({ account, action });
    else setPending({ account, action });
  }

  if (view.kind === 'enrol') {
    return (
      <EnrolForm
        busy={busy}
        error={error}
        onEnrol={(enrolment) => void enrol(enrolment)}
        onCancel={() => {
          setError(null);
          setView({ kind: 'list' });
        }}
      />
    );
  }
  if (view.kind === 'code') {
    return (
      <SetupCodeShown
        issued={view.issued}
        displayName={view.displayName}
        onDone={() => {
          list.reload();
          setView({ kind: 'list' });
        }}
      />
    );
  }
  return (
    <StaffList
      members={list.load.kind === 'ready' ? list.load.value.members : undefined}
      failed={list.load.kind === 'failed' ? t.errors[list.load.code] : null}
      ownId={staff.staffId}
      busy={busy}
      done={done}
      error={pending === null ? error : null}
      onAction={ask}
      onAdd={() => {
        setDone(null);
        setError(null);
        setView({ kind: 'enrol' });
      }}
      onHome={onHome}
    >
      {pending !== null && (
        <Confirmation
          pending={pending}
          busy={busy}
          error={error}
          onConfirm={() => void act(pending)}
          onCancel={() => {
            setError(null);
            setPending(null);
          }}
        />
      )}
    </StaffList>
  );
}

interface StaffListProps {
  members: readonly StaffAccount[] | undefined;
  failed: string | null;
  ownId: string;
  busy: boolean;
  done: string | null;
  error: string | null;
  onAction: (account: StaffAccount, action: StaffAction) => void;
  onAdd: () => void;
  onHome: () => void;
  children: ReactNode;
}

function StaffList(props: StaffListProps) {
  const t = useMessages();
  const words = t.staffAdmin;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen office-page staff-admin" aria-labelledby="office-staff-title">
      <h1 id="office-staff-title" ref={headingRef} tabIndex={-1}>
        {t.office.pages.staff}
      </h1>
      <p className="hint">{words.intro}</p>
      <div className="office-page__actions">
        <button
          data-action="primary"
          type="button"
          className="button button--primary"
          onClick={props.onAdd}
          disabled={props.busy}
        >
          {words.add}
        </button>
        <button data-action="back" type="button" className="button button--secondary" onClick={props.onHome}>
          {t.office.backToKiosk}
        </button>
      </div>
      <div aria-live="polite">
        {props.done !== null && <p className="notice notice--info">{props.done}</p>}
      </div>
      {props.error !== null && <ErrorNotice text={props.error} />}
      <h2 className="staff-admin__list-title">{words.listTitle}</h2>
      {props.failed !== null && <ErrorNotice text={props.failed} />}
      {props.members === undefined && props.failed === null && <p role="status">{words.loading}</p>}
      {props.members !== undefined && (
        <ul className="staff-admin__list">
          {props.members.map((account) => (
            <StaffAccountCard
              key={account.staffId}
              account={account}
              own={account.staffId === props.ownId}
              disabled={props.busy}
              onAction={(action) => props.onAction(account, action)}
            />
          ))}
        </ul>
      )}
      {props.children}
    </section>
  );
}

interface ConfirmationProps {
  pending: Pending;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

function Confirmation({ pending, busy, error, onConfirm, onCancel }: ConfirmationProps) {
  const words = useMessages().staffAdmin;
  const { account, action } = pending;
  const { displayName: name, staffId } = account;
  const [title, question, label] =
    action.kind === 'reset'
      ? [words.confirmResetTitle, words.confirmReset(name, staffId), words.resetPin]
      : action.kind === 'role'
        ? [
            words.confirmRoleTitle,
            words.confirmRole(name, staffId, words.roles[action.role]),
            action.role === 'supervisor' ? words.makeSupervisor : words.makeStaff,
          ]
        : [words.confirmDisableTitle, words.confirmDisable(name, staffId), words.disable];
  return (
    <ConfirmDialog
      title={title}
      question={question}
      tone={action.kind === 'role' ? 'primary' : 'danger'}
      confirmLabel={label}
      busy={busy}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
