import type { ReactNode } from 'react';
import { idNumberErrorMessage } from '../../../../shared/i18n/ruleWords.js';
import { checkIdNumberPrefix } from '../../../../shared/rules/idNumber.js';
import { DigitSlots } from '../../components/DigitSlots';
import { groupIdNumberDigits } from '../../format/idNumber';
import { useMessages } from '../../i18n/useMessages';
import { EntryStep } from '../EntryStep';
import { IDENTIFY_STEPS } from './stepParts';
import type { PadHandlers } from './stepParts';

const ID_GROUPS = [3, 3, 6] as const;

interface IdNumberStepProps extends PadHandlers {
  idDigits: string;
  openedAt: number;
  error: string | null;
  busy: boolean;
  /** Under the field: the way to read the number off the card instead (the camera). */
  extra?: ReactNode;
  onSubmit: () => void;
}

/** Step 1: the personal ID number, shown in full only while it is typed. */
export function IdNumberStep(props: IdNumberStepProps) {
  const { idDigits, openedAt, error, busy, extra, onSubmit, ...pad } = props;
  const t = useMessages();
  // Point at a wrong province or birth year as soon as the digits show it, not after all 12.
  const prefix = checkIdNumberPrefix(idDigits, { now: openedAt });
  const liveProblem = prefix.ok ? null : idNumberErrorMessage(prefix.error, t.identify.rules);
  const grouped = groupIdNumberDigits(idDigits);
  return (
    <EntryStep
      key="id"
      stepLabel={t.identify.step(1, IDENTIFY_STEPS)}
      title={t.identify.idTitle}
      hint={t.identify.idHint}
      fieldLabel={t.identify.idLabel}
      field={<DigitSlots groups={ID_GROUPS} value={idDigits} />}
      progress={
        <>
          {/* The boxes are hidden from screen readers, so the digits are read out here. */}
          {grouped !== '' && <span className="visually-hidden">{grouped}. </span>}
          {t.identify.idProgress(idDigits.length)}
        </>
      }
      error={liveProblem ?? error}
      busy={busy}
      extra={extra}
      onSubmit={onSubmit}
      {...pad}
    />
  );
}
