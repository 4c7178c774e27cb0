import { useState } from 'react';
import type { ReactNode } from 'react';
import { NEW_PIN_LENGTH, pinWeakness } from '../../../../shared/rules/pinRules.js';
import { DigitSlots } from '../../components/DigitSlots';
import { useMessages } from '../../i18n/useMessages';
import { EntryStep } from '../EntryStep';

interface NewPinEntryProps {
  stepLabel: string;
  /** The first step's title and hint when they differ from "Đặt mã PIN mới" (a forced change). */
  title?: string;
  hint?: string;
  context?: ReactNode;
  /**
   * Saves the PIN (typed twice, the same). Answers a sentence to show on the first step (the
   * core found the PIN weak, say), or null when the caller took the flow on from here.
   */
  save: (pin: string) => Promise<string | null>;
  onBack: () => void;
}

/**
 * A new PIN on the number pad, typed twice. The rules (shared/rules/pinRules) are said as soon
 * as the first typing is done, before the second; the core checks them again.
 */
export function NewPinEntry({ stepLabel, title, hint, context, save, onBack }: NewPinEntryProps) {
  const t = useMessages();
  const words = t.staffAdmin;
  const [again, setAgain] = useState(false);
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const value = again ? pinAgain : pin;
  const setValue = again ? setPinAgain : setPin;

  function edit(update: (typed: string) => string) {
    setError(null);
    setValue((typed) => update(typed).slice(0, NEW_PIN_LENGTH));
  }

  function startAgain(problem: string) {
    setAgain(false);
    setPin('');
    setPinAgain('');
    setError(problem);
  }

  async function submit() {
    if (busy) return;
    if (!again) {
      const rule = pinWeakness(pin);
      if (rule !== undefined) {
        setPin('');
        setError(words.pinRules[rule]);
        return;
      }
      setAgain(true);
      setPinAgain('');
      setError(null);
      return;
    }
    if (pinAgain !== pin) {
      startAgain(words.pinsDiffer);
      return;
    }
    setBusy(true);
    const problem = await save(pin);
    setBusy(false);
    if (problem !== null) startAgain(problem);
  }

  return (
    <EntryStep
      key={again ? 'new-pin-again' : 'new-pin'}
      stepLabel={stepLabel}
      title={again ? words.newPinAgainTitle : (title ?? words.newPinTitle)}
      hint={again ? words.newPinAgainHint : (hint ?? words.newPinHint)}
      {...(context === undefined ? {} : { context })}
      fieldLabel={again ? words.newPinAgainLabel : words.newPinLabel}
      field={<DigitSlots groups={[NEW_PIN_LENGTH]} value={value} masked />}
      progress={words.pinProgress(value.length)}
      error={error}
      busy={busy}
      busyText={words.pinSaving}
      onKey={(key) => edit((typed) => typed + key)}
      onBackspace={() => edit((typed) => typed.slice(0, -1))}
      onClear={() => edit(() => '')}
      // submit() shows its own outcome; the bridge never rejects.
      onSubmit={() => void submit()}
      onBack={() => {
        if (!again) onBack();
        else {
          setAgain(false);
          setPin('');
          setPinAgain('');
          setError(null);
        }
      }}
    />
  );
}
