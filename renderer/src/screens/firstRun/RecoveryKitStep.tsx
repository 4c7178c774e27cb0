import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { KeyPad } from '../../components/KeyPad';
import { useMessages } from '../../i18n/useMessages';
import { EntryStep } from '../EntryStep';
import { pathKeys } from './pathKeys';

interface RecoveryKitStepProps {
  folder: string;
  error: string | null;
  busy: boolean;
  onFolder: (folder: string) => void;
  onSubmit: () => void;
}

/**
 * Step 2 of the first run: the folder (a USB stick) the recovery kit goes to. A real text field,
 * so a keyboard plugged into the kiosk types into it as anywhere else, and the kiosk's own pad
 * for a touch screen alone.
 */
export function RecoveryKitStep({ folder, error, busy, onFolder, onSubmit }: RecoveryKitStepProps) {
  const t = useMessages();
  const [capitals, setCapitals] = useState(false);

  function onFieldKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onSubmit();
  }

  return (
    <EntryStep
      key="kit"
      stepLabel={t.setup.step(2, 2)}
      title={t.setup.kitTitle}
      hint={t.setup.kitHint}
      fieldLabel={t.setup.folderLabel}
      field={
        // A text area so that a long path wraps in view instead of scrolling out of sight; it
        // holds one line all the same (Enter writes the kit, pasted line breaks are dropped).
        <textarea
          className="path-field"
          rows={2}
          value={folder}
          onChange={(event) => onFolder(event.target.value.replace(/[\r\n]/g, ''))}
          onKeyDown={onFieldKey}
          aria-labelledby="entry-label"
          aria-describedby="kit-folder-example"
          disabled={busy}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          // The kiosk's pad is the keyboard; a tablet's own would cover it.
          inputMode="none"
        />
      }
      progress={<span id="kit-folder-example">{t.setup.folderExample}</span>}
      error={error}
      busy={busy}
      busyText={t.setup.writing}
      wide
      // The field takes a plugged-in keyboard's keys itself; nothing else listens for them.
      physicalKeys={false}
      pad={
        <div className="path-pad">
          <button
            type="button"
            className="button button--secondary path-pad__capitals"
            aria-pressed={capitals}
            onClick={() => setCapitals((value) => !value)}
            disabled={busy}
          >
            <span aria-hidden="true">{capitals ? 'ABC' : 'abc'}</span> {t.setup.capitals}
          </button>
          <KeyPad
            label={t.setup.keyboardLabel}
            keys={pathKeys(capitals, t.setup.space)}
            columns={10}
            compact
            onKey={(key) => onFolder(folder + key)}
            onBackspace={() => onFolder(folder.slice(0, -1))}
            onClear={() => onFolder('')}
            onSubmit={onSubmit}
            submitLabel={t.setup.write}
            backspaceLabel={t.pad.backspace}
            clearLabel={t.pad.clear}
            disabled={busy}
          />
        </div>
      }
      onKey={(key) => onFolder(folder + key)}
      onBackspace={() => onFolder(folder.slice(0, -1))}
      onClear={() => onFolder('')}
      onSubmit={onSubmit}
    />
  );
}
