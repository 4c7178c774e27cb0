import { useEffect, useEffectEvent } from 'react';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { NumericPad } from '../components/NumericPad';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import './EntryStep.css';
import { BackButton } from '../components/BackButton';

interface EntryStepProps {
  stepLabel?: string;
  title: string;
  hint: string;
  /** Facts from the earlier steps, shown above the field (already masked). */
  context?: ReactNode;
  fieldLabel: string;
  field: ReactNode;
  /** Said in words what the field shows in boxes; announced as it changes. */
  progress: ReactNode;
  /** Shown under the field: a note, or a secondary action such as "Gửi lại mã". */
  extra?: ReactNode;
  error: string | null;
  busy: boolean;
  /** The pad is off, but "Quay lại" is not: a wait or a lockout whose reason the step shows. */
  padDisabled?: boolean;
  busyText?: string;
  /** The pad to show; the numeric pad unless a step needs other keys. */
  pad?: ReactNode;
  /** Which keys of a physical keyboard type into the field. */
  keyPattern?: RegExp;
  /** A wider pad column, for pads with many keys (letters). */
  wide?: boolean;
  /** False when the screen listens to the keyboard itself (the lookup screen's scanner). */
  physicalKeys?: boolean;
  submitLabel?: string;
  onKey: (key: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onSubmit: () => void;
  /** Absent on a step there is no going back from (the first run's). */
  onBack?: () => void;
}

const DIGIT = /^\d$/;

/** One step of typing something: what to type on the left, the pad on the right. */
export function EntryStep(props: EntryStepProps) {
  const { stepLabel, title, hint, context, fieldLabel, field, progress, error, busy } = props;
  const { onKey, onBackspace, onClear, onSubmit, onBack } = props;
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const keyPattern = props.keyPattern ?? DIGIT;
  const padOff = busy || props.padDisabled === true;

  // A physical keyboard works too: the step's keys, Backspace and Enter, wherever the focus is.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (props.physicalKeys === false) return;
    if (event.ctrlKey || event.metaKey || event.altKey || padOff) return;
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    if (keyPattern.test(event.key)) {
      event.preventDefault();
      onKey(event.key.toUpperCase());
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      onBackspace();
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      // On a focused button, Enter presses that button instead.
      event.preventDefault();
      onSubmit();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <section
      className={props.wide === true ? 'screen entry entry--wide' : 'screen entry'}
      aria-labelledby="entry-title"
    >
      <div className="entry__info">
        {stepLabel !== undefined && <p className="step-label">{stepLabel}</p>}
        <h1 id="entry-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <p className="hint">{hint}</p>
        {context}
        <p className="entry__label" id="entry-label">
          {fieldLabel}
        </p>
        {field}
        <p className="entry__progress" role="status">
          {busy ? (props.busyText ?? t.identify.checking) : progress}
        </p>
        {error !== null && <ErrorNotice text={error} />}
        {props.extra}
      </div>
      <div className="entry__pad">
        {props.pad ?? (
          <NumericPad
            onDigit={onKey}
            onBackspace={onBackspace}
            onClear={onClear}
            onSubmit={onSubmit}
            submitLabel={props.submitLabel ?? t.common.continue}
            disabled={padOff}
          />
        )}
      </div>
      {onBack !== undefined && (
        <div className="entry__back">
          <BackButton onBack={onBack} disabled={busy} />
        </div>
      )}
    </section>
  );
}
