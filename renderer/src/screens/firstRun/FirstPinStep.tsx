import { DigitSlots } from '../../components/DigitSlots';
import { useMessages } from '../../i18n/useMessages';
import { PIN_MAX, PIN_MIN } from '../../state/firstRunFlow';
import { EntryStep } from '../EntryStep';
import { SetupFacts } from './SetupFacts';
import type { SetupFactsValue } from './SetupFacts';

interface FirstPinStepProps {
  facts: SetupFactsValue;
  /** The second typing, which must match the first. */
  again: boolean;
  value: string;
  error: string | null;
  busy: boolean;
  onKey: (key: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onSubmit: () => void;
  /** Only on the second typing: back to the first. */
  onBack?: () => void;
}

/** Step 1 of the first run: the first supervisor's PIN, on the number pad, typed twice. */
export function FirstPinStep(props: FirstPinStepProps) {
  const t = useMessages();
  const { again, value } = props;
  return (
    <EntryStep
      key={again ? 'pin-again' : 'pin'}
      stepLabel={t.setup.step(1, 2)}
      title={again ? t.setup.pinAgainTitle : t.setup.pinTitle}
      hint={again ? t.setup.pinAgainHint : t.setup.pinHint}
      context={<SetupFacts facts={props.facts} />}
      fieldLabel={again ? t.setup.pinAgainLabel : t.setup.pinLabel}
      field={
        <DigitSlots groups={[Math.min(PIN_MAX, Math.max(PIN_MIN, value.length + 1))]} value={value} masked />
      }
      progress={t.setup.pinProgress(value.length)}
      error={props.error}
      busy={props.busy}
      busyText={t.setup.pinSaving}
      onKey={props.onKey}
      onBackspace={props.onBackspace}
      onClear={props.onClear}
      onSubmit={props.onSubmit}
      {...(props.onBack === undefined ? {} : { onBack: props.onBack })}
    />
  );
}
