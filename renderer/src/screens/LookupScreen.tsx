import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { classifyScannedCode } from '../../../shared/card/scannedCode.js';
import { normaliseReference } from '../../../shared/domain/reference.js';
import type { RequestLookup } from '../../../shared/ipc/requestContract.js';
import { useKiosk } from '../bridge/KioskProvider';
import { DigitSlots } from '../components/DigitSlots';
import { ErrorNotice } from '../components/ErrorNotice';
import { KeyPad, referenceKeys } from '../components/KeyPad';
import { OutcomeIcon } from '../components/OutcomeIcon';
import { PrintReceipt } from '../components/PrintReceipt';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { formatDateTime } from '../format/date';
import { useScanInput } from '../input/useScanInput';
import { useMessages } from '../i18n/useMessages';
import { describeLookup } from '../outcomes/describeChange';
import { EntryStep } from './EntryStep';
import './LookupScreen.css';

const CODE_LENGTH = 10;
const CODE_GROUPS = [5, 5] as const;
const CODE_KEY = /^[0-9a-fA-F-]$/;

function compact(text: string): string {
  return text
    .replace(/[^0-9A-Fa-f]/g, '')
    .toUpperCase()
    .slice(0, CODE_LENGTH);
}

interface LookupScreenProps {
  onHome: () => void;
  /** A reference scanned elsewhere (Welcome, identify): looked up once, on arrival. */
  initialReference?: string | undefined;
}

/**
 * A request's status by the code on its slip, with no identification: the code is typed on
 * the pad or a keyboard, or read by a barcode scanner (renderer/src/input/useScanInput.ts).
 */
export function LookupScreen({ onHome, initialReference }: LookupScreenProps) {
  const t = useMessages();
  const kiosk = useKiosk();
  const [code, setCode] = useState('');
  const codeRef = useRef('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RequestLookup | null>(null);

  function update(next: string) {
    codeRef.current = compact(next);
    setCode(codeRef.current);
    setError(null);
    setResult(null);
  }

  /** Shows its own outcome, and the bridge never rejects: callers need not wait for it. */
  async function submit() {
    if (busy) return;
    const typed = codeRef.current;
    const reference = normaliseReference(typed);
    if (reference === undefined) {
      setError(t.lookup.incomplete);
      return;
    }
    setBusy(true);
    setError(null);
    const answer = await kiosk.invoke('request.lookup', { reference });
    setBusy(false);
    if (answer.ok) {
      setResult(answer.value);
    } else {
      setError(t.errors[answer.error.code]);
    }
  }

  // A scanner's burst, wherever the focus is, even over a result: a reference replaces what
  // was typed and is looked up at once. Anything else changes nothing shown; it is said why.
  useScanInput((text) => {
    if (busy) return;
    const scanned = classifyScannedCode(text, { now: Date.now() });
    if (scanned.kind === 'reference') {
      update(scanned.reference);
      void submit();
      return;
    }
    const notCard = scanned.kind === 'refused' && scanned.problem.kind === 'not-card';
    setError(notCard ? t.cardScan.notReference : t.cardScan.cardOnLookup);
  });

  // Typing on a keyboard; the scan layer hands typed keys on here.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || busy) return;
    if (CODE_KEY.test(event.key)) {
      event.preventDefault();
      // A key after a result starts a new code; otherwise it adds to what is typed.
      update(result === null ? codeRef.current + event.key : event.key);
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      update(codeRef.current.slice(0, -1));
    } else if (event.key === 'Enter') {
      // Enter looks the code up whatever has the focus (often the last pad key tapped): it
      // must not press that key again. Space still presses it.
      event.preventDefault();
      void submit();
    }
  });
  // Once, even where effects run twice (React's strict mode in development).
  const lookedUpFirst = useRef(false);
  const lookUpFirst = useEffectEvent(() => {
    if (initialReference === undefined || lookedUpFirst.current) return;
    lookedUpFirst.current = true;
    update(initialReference);
    void submit();
  });
  useEffect(() => lookUpFirst(), []);
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (result !== null) {
    return (
      <LookupResult
        result={result}
        notice={error}
        onAnother={() => {
          update('');
        }}
        onHome={onHome}
      />
    );
  }

  const typedCount = code.length;
  return (
    <EntryStep
      key="lookup"
      title={t.lookup.title}
      hint={t.lookup.hint}
      fieldLabel={t.lookup.label}
      field={<DigitSlots groups={CODE_GROUPS} value={code} separator="-" />}
      progress={
        <>
          {code !== '' && <span className="visually-hidden">{code.split('').join(' ')}. </span>}
          {t.lookup.progress(typedCount)}
        </>
      }
      error={error}
      busy={busy}
      busyText={t.lookup.searching}
      physicalKeys={false}
      pad={
        <KeyPad
          label={t.pad.codeLabel}
          keys={referenceKeys(t.pad.dash)}
          columns={5}
          onKey={(key) => update(codeRef.current + key)}
          onBackspace={() => update(codeRef.current.slice(0, -1))}
          onClear={() => update('')}
          onSubmit={() => void submit()}
          submitLabel={t.lookup.submit}
          backspaceLabel={t.pad.backspace}
          clearLabel={t.pad.clear}
          disabled={busy}
        />
      }
      onKey={(key) => update(codeRef.current + key)}
      onBackspace={() => update(codeRef.current.slice(0, -1))}
      onClear={() => update('')}
      onSubmit={() => void submit()}
      onBack={onHome}
    />
  );
}

function LookupResult({
  result,
  notice,
  onAnother,
  onHome,
}: {
  result: RequestLookup;
  /** A scan that was not a reference, over the result. */
  notice: string | null;
  onAnother: () => void;
  onHome: () => void;
}) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const text = describeLookup(t, result);
  return (
    <section
      className={`screen lookup-result lookup-result--${text.tone}`}
      aria-labelledby="lookup-result-title"
    >
      <h1 id="lookup-result-title" ref={headingRef} tabIndex={-1}>
        {t.lookup.resultTitle}
      </h1>
      <div className="lookup-result__card">
        <p className="lookup-result__code">
          <span className="lookup-result__code-label">{t.lookup.label}</span>
          <strong>{result.reference}</strong>
        </p>
        <dl className="facts">
          <div>
            <dt>{t.lookup.kind}</dt>
            <dd>{t.receipt.kinds[result.kind]}</dd>
          </div>
          {result.acceptedAt !== undefined && (
            <div>
              <dt>{t.lookup.acceptedAt}</dt>
              <dd>{formatDateTime(result.acceptedAt)}</dd>
            </div>
          )}
          {result.updatedAt !== undefined && (
            <div>
              <dt>{t.lookup.updatedAt}</dt>
              <dd>{formatDateTime(result.updatedAt)}</dd>
            </div>
          )}
        </dl>
        <div className="lookup-result__status" role="status">
          <OutcomeIcon tone={text.tone} />
          <div>
            <p className="lookup-result__status-label">{t.lookup.status}</p>
            <p className="lookup-result__status-value">{text.status}</p>
            <p>{text.body}</p>
            {text.reason !== undefined && (
              <p>
                <strong>{t.receipt.reasonLabel}:</strong> {text.reason}
              </p>
            )}
          </div>
        </div>
        <p className="lookup-result__source">
          {result.basis === 'closed-here' ? t.desk.closedSource : t.lookup.basis[result.basis]}
        </p>
        {result.reprintChangeId !== undefined && <PrintReceipt changeId={result.reprintChangeId} reprint />}
      </div>
      {notice !== null && <ErrorNotice text={notice} />}
      <div className="screen__footer">
        <button data-action="back" type="button" className="button button--secondary" onClick={onAnother}>
          {t.lookup.another}
        </button>
        <button data-action="primary" type="button" className="button button--primary" onClick={onHome}>
          {t.common.home}
        </button>
      </div>
    </section>
  );
}
