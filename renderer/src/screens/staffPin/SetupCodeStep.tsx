import { useState } from 'react';
import { groupSetupCode, isSetupCode } from '../../../../shared/rules/setupCode.js';
import { DigitSlots } from '../../components/DigitSlots';
import { useMessages } from '../../i18n/useMessages';
import { EntryStep } from '../EntryStep';

const CODE_LENGTH = 8;

interface SetupCodeStepProps {
  staffId: string;
  /** A refusal from the last try (a wrong or expired code), shown on arrival. */
  error: string | null;
  onCode: (code: string) => void;
  onBack: () => void;
}

/** The one-time setup code a supervisor handed over: eight digits, in two groups of four. */
export function SetupCodeStep({ staffId, error: refusal, onCode, onBack }: SetupCodeStepProps) {
  const t = useMessages();
  const words = t.staffAdmin;
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(refusal);

  function edit(update: (typed: string) => string) {
    setError(null);
    setCode((typed) => update(typed).slice(0, CODE_LENGTH));
  }

  return (
    <EntryStep
      key="setup-code"
      stepLabel={words.setupTitle}
      title={words.codeTitle}
      hint={words.codeHint}
      context={
        <p className="entry__context">
          {t.staff.forStaff}: <strong>{staffId}</strong>
        </p>
      }
      fieldLabel={words.codeFieldLabel}
      field={<DigitSlots groups={[4, 4]} value={code} />}
      progress={
        <>
          {code !== '' && <span className="visually-hidden">{groupSetupCode(code)}. </span>}
          {words.codeProgress(code.length)}
        </>
      }
      error={error}
      busy={false}
      onKey={(key) => edit((typed) => typed + key)}
      onBackspace={() => edit((typed) => typed.slice(0, -1))}
      onClear={() => edit(() => '')}
      onSubmit={() => {
        if (isSetupCode(code)) onCode(code);
        else setError(words.codeWrongLength);
      }}
      onBack={onBack}
    />
  );
}
