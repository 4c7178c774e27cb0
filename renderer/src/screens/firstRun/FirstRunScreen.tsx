import { useEffect, useReducer } from 'react';
import { useKiosk } from '../../bridge/KioskProvider';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { recoveryKitFailure } from '../../format/errorFacts';
import { useMessages } from '../../i18n/useMessages';
import { firstRunReducer, initialFirstRun } from '../../state/firstRunFlow';
import type { FirstRunAction } from '../../state/firstRunFlow';
import { useInvoke } from '../../state/useInvoke';
import { firstRunProblemText } from './firstRunText';
import { FirstPinStep } from './FirstPinStep';
import { PassphraseStep } from './PassphraseStep';
import { RecoveryKitStep } from './RecoveryKitStep';
import './FirstRun.css';

/**
 * A provisioned kiosk's first run, in place of Welcome until it is done (`kiosk.describe`'s
 * `setup`): the first supervisor sets their PIN, then writes the recovery kit and copies its
 * passphrase. `onComplete` hands the kiosk back to Welcome.
 */
export function FirstRunScreen({ onComplete }: { onComplete: () => void }) {
  const t = useMessages();
  const kiosk = useKiosk();
  const [state, dispatch] = useReducer(firstRunReducer, initialFirstRun);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const { load: status, reload } = useInvoke('setup.status', {}, (response) => {
    if (response.ok) dispatch({ type: 'stage', stage: response.value.stage });
    // Set up meanwhile (another window, a restart): nothing is left to do here.
    else if (response.error.code === 'SETUP_NOT_AVAILABLE') dispatch({ type: 'stage', stage: 'complete' });
  });

  const done = state.view.step === 'done';
  useEffect(() => {
    if (done) onComplete();
  }, [done, onComplete]);

  /** Runs the action; when the reducer says a call is due (it turned busy), makes it. */
  function act(action: FirstRunAction, call: () => Promise<void>) {
    const next = firstRunReducer(state, action);
    dispatch(action);
    // Each call shows its own outcome through the reducer; the bridge never rejects.
    if (next.busy && !state.busy) void call();
  }

  async function setFirstPin() {
    const result = await kiosk.invoke('setup.setFirstPin', { pin: state.pin, pinAgain: state.pinAgain });
    if (result.ok) dispatch({ type: 'stage', stage: result.value.stage });
    else if (result.error.code === 'SETUP_NOT_AVAILABLE') reload();
    else dispatch({ type: 'pin-refused', code: result.error.code });
  }

  async function writeKit() {
    const result = await kiosk.invoke('setup.writeRecoveryKit', { destination: state.folder.trim() });
    if (result.ok)
      dispatch({ type: 'kit-written', file: result.value.file, passphrase: result.value.passphrase });
    else if (result.error.code === 'SETUP_NOT_AVAILABLE') reload();
    else dispatch({ type: 'kit-refused', code: result.error.code, reason: recoveryKitFailure(result.error) });
  }

  const error = state.problem === null ? null : firstRunProblemText(t, state.problem);
  const { view } = state;

  if (view.step === 'passphrase') {
    return (
      <PassphraseStep
        file={view.file}
        passphrase={view.passphrase}
        onCopied={() => dispatch({ type: 'copied' })}
      />
    );
  }
  if (status.kind !== 'ready' || done) {
    return (
      <section className="screen first-run" aria-labelledby="first-run-title">
        <h1 id="first-run-title" ref={headingRef} tabIndex={-1}>
          {t.setup.title}
        </h1>
        {status.kind === 'failed' ? (
          <div className="stack">
            <ErrorNotice text={t.errors[status.code]} />
            <button type="button" className="button button--secondary" onClick={reload}>
              {t.common.retry}
            </button>
          </div>
        ) : (
          <p className="status-line" role="status">
            {t.setup.loading}
          </p>
        )}
      </section>
    );
  }
  if (view.step === 'kit') {
    return (
      <RecoveryKitStep
        folder={state.folder}
        error={error}
        busy={state.busy}
        onFolder={(folder) => dispatch({ type: 'folder-changed', folder })}
        onSubmit={() => act({ type: 'submit-folder' }, writeKit)}
      />
    );
  }
  const again = view.step === 'pin-again';
  return (
    <FirstPinStep
      facts={status.value}
      again={again}
      value={again ? state.pinAgain : state.pin}
      error={error}
      busy={state.busy}
      onKey={(key) => dispatch({ type: 'typed', key })}
      onBackspace={() => dispatch({ type: 'erased' })}
      onClear={() => dispatch({ type: 'cleared' })}
      onSubmit={() =>
        again ? act({ type: 'submit-pin-again' }, setFirstPin) : dispatch({ type: 'submit-pin' })
      }
      {...(again ? { onBack: () => dispatch({ type: 'back' }) } : {})}
    />
  );
}
