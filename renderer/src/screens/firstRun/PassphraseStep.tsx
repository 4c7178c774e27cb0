import { useFocusOnMount } from '../../components/useFocusOnMount';
import { passphraseGroups, spelledPassphrase } from '../../format/passphrase';
import { useMessages } from '../../i18n/useMessages';

interface PassphraseStepProps {
  file: string;
  passphrase: string;
  onCopied: () => void;
}

/**
 * The recovery passphrase, shown this once in large grouped characters to be copied on paper.
 * There is no way back to it: the kiosk never stores it (a new kit gets a new one).
 */
export function PassphraseStep({ file, passphrase, onCopied }: PassphraseStepProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const groups = passphraseGroups(passphrase);
  return (
    <section className="screen passphrase-step" aria-labelledby="passphrase-title">
      <p className="step-label">{t.setup.step(2, 2)}</p>
      <h1 id="passphrase-title" ref={headingRef} tabIndex={-1}>
        {t.setup.passphraseTitle}
      </h1>
      <p className="notice notice--success passphrase-step__written">{t.setup.writtenTo(file)}</p>
      <p className="hint passphrase-step__hint">{t.setup.passphraseHint}</p>
      <p className="entry__label">{t.setup.passphraseLabel}</p>
      {/* Drawn for the eye; a screen reader gets it spelled out below. */}
      <ol className="passphrase" aria-hidden="true">
        {groups.map((group, index) => (
          // Groups may repeat; their place in the passphrase is what names them.
          <li key={index} className="passphrase__group">
            {group}
          </li>
        ))}
      </ol>
      <p className="visually-hidden">{t.setup.passphraseSpoken(spelledPassphrase(groups))}</p>
      <div className="screen__footer">
        <button
          data-action="primary"
          type="button"
          className="button button--primary button--large"
          onClick={onCopied}
        >
          {t.setup.copied}
        </button>
      </div>
    </section>
  );
}
