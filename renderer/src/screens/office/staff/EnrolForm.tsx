import { useId, useState } from 'react';
import type { StaffRole } from '../../../../../shared/domain/staffRole.js';
import { isStaffId } from '../../../../../shared/rules/staffId.js';
import { KeyPad, staffIdKeys } from '../../../components/KeyPad';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { useMessages } from '../../../i18n/useMessages';
import { EntryStep } from '../../EntryStep';
import { BackButton } from '../../../components/BackButton';

const STAFF_ID_MAX = 10;
const NAME_MAX = 100;

export interface Enrolment {
  staffId: string;
  displayName: string;
  role: StaffRole;
}

interface EnrolFormProps {
  busy: boolean;
  /** The core's refusal of the last try (a taken ID, say), shown on the step that can fix it. */
  error: string | null;
  onEnrol: (enrolment: Enrolment) => void;
  onCancel: () => void;
}

/** "Thêm cán bộ": the staff ID on the letter pad, then the full name and the role. */
export function EnrolForm({ busy, error: refusal, onEnrol, onCancel }: EnrolFormProps) {
  const t = useMessages();
  const [step, setStep] = useState<'id' | 'details'>('id');
  const [staffId, setStaffId] = useState('');
  const [error, setError] = useState<string | null>(null);

  function edit(update: (typed: string) => string) {
    setError(null);
    setStaffId((typed) => update(typed).slice(0, STAFF_ID_MAX));
  }
  const submitId = () => {
    if (isStaffId(staffId)) setStep('details');
    else setError(t.staff.idInvalid);
  };

  if (step === 'details') {
    return (
      <EnrolDetails
        staffId={staffId}
        busy={busy}
        error={refusal}
        onEnrol={(displayName, role) => onEnrol({ staffId, displayName, role })}
        onBack={() => setStep('id')}
      />
    );
  }
  return (
    <EntryStep
      key="enrol-id"
      stepLabel={t.staffAdmin.enrolTitle}
      title={t.staff.idTitle}
      hint={t.staffAdmin.enrolIdHint}
      fieldLabel={t.staff.idLabel}
      field={<p className="typed-text">{staffId === '' ? '\u00a0' : staffId}</p>}
      progress={
        <>
          {staffId !== '' && <span className="visually-hidden">{staffId.split('').join(' ')}. </span>}
          {t.staff.idProgress(staffId.length)}
        </>
      }
      error={error ?? refusal}
      busy={false}
      wide
      keyPattern={/^[0-9a-zA-Z]$/}
      pad={
        <KeyPad
          label={t.pad.staffLabel}
          keys={staffIdKeys}
          columns={10}
          compact
          onKey={(key) => edit((typed) => typed + key)}
          onBackspace={() => edit((typed) => typed.slice(0, -1))}
          onClear={() => edit(() => '')}
          onSubmit={submitId}
          submitLabel={t.common.continue}
          backspaceLabel={t.pad.backspace}
          clearLabel={t.pad.clear}
        />
      }
      onKey={(key) => edit((typed) => typed + key)}
      onBackspace={() => edit((typed) => typed.slice(0, -1))}
      onClear={() => edit(() => '')}
      onSubmit={submitId}
      onBack={onCancel}
    />
  );
}

interface EnrolDetailsProps {
  staffId: string;
  busy: boolean;
  error: string | null;
  onEnrol: (displayName: string, role: StaffRole) => void;
  onBack: () => void;
}

function EnrolDetails({ staffId, busy, error: refusal, onEnrol, onBack }: EnrolDetailsProps) {
  const t = useMessages();
  const words = t.staffAdmin;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const nameId = useId();
  const hintId = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('staff');
  const [missing, setMissing] = useState(false);
  const error = missing ? words.enrolNameMissing : refusal;
  return (
    <section className="screen office-page staff-enrol" aria-labelledby="staff-enrol-title">
      <p className="step-label">{words.enrolTitle}</p>
      <h1 id="staff-enrol-title" ref={headingRef} tabIndex={-1}>
        {words.enrolNameTitle}
      </h1>
      <p className="entry__context">
        {t.staff.forStaff}: <strong>{staffId}</strong>
      </p>
      <form
        className="staff-enrol__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') setMissing(true);
          else onEnrol(name.trim(), role);
        }}
      >
        <label className="staff-enrol__label" htmlFor={nameId}>
          {words.enrolNameLabel}
        </label>
        <p className="hint" id={hintId}>
          {words.enrolNameHint}
        </p>
        <input
          id={nameId}
          className="staff-enrol__name"
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          maxLength={NAME_MAX}
          value={name}
          onChange={(event) => {
            setMissing(false);
            setName(event.target.value);
          }}
        />
        <fieldset className="staff-enrol__roles">
          <legend className="staff-enrol__label">{words.enrolRoleTitle}</legend>
          <p className="hint">{words.enrolRoleHint}</p>
          {(['staff', 'supervisor'] as const).map((choice) => (
            <label key={choice} className="staff-enrol__role">
              <input
                type="radio"
                name="staff-role"
                value={choice}
                checked={role === choice}
                onChange={() => setRole(choice)}
              />
              {words.roles[choice]}
            </label>
          ))}
        </fieldset>
        {error !== null && <ErrorNotice text={error} />}
        <div className="office-page__actions">
          <BackButton onBack={onBack} disabled={busy} />
          <button data-action="primary" type="submit" className="button button--primary" disabled={busy}>
            {busy ? words.enrolling : words.enrolSubmit}
          </button>
        </div>
      </form>
    </section>
  );
}
