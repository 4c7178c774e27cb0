import { DigitSlots } from '../../components/DigitSlots';
import { checkDobDigits } from '../../format/dateOfBirth';
import { useMessages } from '../../i18n/useMessages';
import { EntryStep } from '../EntryStep';
import { EnteredFacts } from './EnteredFacts';
import { dobProblemText } from './identifyText';
import { IDENTIFY_STEPS } from './stepParts';
import type { PadHandlers } from './stepParts';

const DOB_GROUPS = [2, 2, 4] as const;

interface DobStepProps extends PadHandlers {
  idDigits: string;
  dobDigits: string;
  openedAt: number;
  error: string | null;
  busy: boolean;
  onSubmit: () => void;
}

/** Step 2: the date of birth, checked against the number when it is complete. */
export function DobStep({ idDigits, dobDigits, openedAt, error, busy, onSubmit, ...pad }: DobStepProps) {
  const t = useMessages();
  const dob = checkDobDigits(dobDigits, openedAt);
  const liveProblem =
    !dob.ok && dob.problem !== 'incomplete' ? dobProblemText(t, dob.problem, dobDigits) : null;
  return (
    <EntryStep
      key="dob"
      stepLabel={t.identify.step(2, IDENTIFY_STEPS)}
      title={t.identify.dobTitle}
      hint={t.identify.dobHint}
      context={<EnteredFacts idDigits={idDigits} />}
      fieldLabel={t.identify.dobLabel}
      field={<DigitSlots groups={DOB_GROUPS} value={dobDigits} separator="/" />}
      progress={
        <>
          <span className="visually-hidden">
            {t.identify.dobSpoken(dobDigits.slice(0, 2), dobDigits.slice(2, 4), dobDigits.slice(4, 8))}{' '}
          </span>
          {t.identify.dobProgress(dobDigits.length)}
        </>
      }
      error={liveProblem ?? error}
      busy={busy}
      onSubmit={onSubmit}
      {...pad}
    />
  );
}
