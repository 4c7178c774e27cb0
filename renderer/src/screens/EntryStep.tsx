import { useEffect, useEffectEvent } from 'react';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { NumericPad } from '../components/NumericPad';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import './EntryStep.css';

interface EntryStepProps {
  stepLabel: string;
  title: string;
  hint: string;
  /** Facts from the earlier step, shown above the field (already masked). */
  context?: ReactNode;
  fieldLabel: string;
  field: ReactNode;
  /** Said in words what the field shows in boxes; announced as it changes. */
  progress: ReactNode;
  error: string | null;
  busy: boolean;
  onDigit: (digit: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onSubmit: () => void;
  onBack: () => void;
}

/** One step of identification: what to type on the left, the pad on the right. */
export function EntryStep(props: EntryStepProps) {
  const { stepLabel, title, hint, context, fieldLabel, field, progress, error, busy } = props;
  const { onDigit, onBackspace, onClear, onSubmit, onBack } = props;
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  // A physical keyboard works too: digits, Backspace and Enter, wherever the focus is.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || busy) return;
    if (/^\d$/.test(event.key)) {
      event.preventDefault();
      onDigit(event.key);
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
    <section className="screen entry" aria-labelledby="entry-title">
      <div className="entry__info">
        <p className="step-label">{stepLabel}</p>
        <h1 id="entry-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <p className="hint">{hint}</p>
        {context}
        <p className="entry__label">{fieldLabel}</p>
        {field}
        <p className="entry__progress" role="status">
          {busy ? t.identify.checking : progress}
        </p>
        {error !== null && <ErrorNotice text={error} />}
      </div>
      <div className="entry__pad">
        <NumericPad
          onDigit={onDigit}
          onBackspace={onBackspace}
          onClear={onClear}
          onSubmit={onSubmit}
          submitLabel={t.common.continue}
          disabled={busy}
        />
      </div>
      <div className="entry__back">
        <button type="button" className="button button--secondary" onClick={onBack} disabled={busy}>
          <span aria-hidden="true">←</span> {t.common.back}
        </button>
      </div>
    </section>
  );
}
