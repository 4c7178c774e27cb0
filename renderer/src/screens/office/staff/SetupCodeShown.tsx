import type { IssuedSetupCode } from '../../../../../shared/ipc/staffAdminContract.js';
import { groupSetupCode } from '../../../../../shared/rules/setupCode.js';
import { useFocusOnMount } from '../../../components/useFocusOnMount';
import { formatDateTime } from '../../../format/date';
import { useMessages } from '../../../i18n/useMessages';

interface SetupCodeShownProps {
  issued: IssuedSetupCode;
  displayName: string;
  onDone: () => void;
}

/** The one-time setup code, large, once: the kiosk keeps only its hash and cannot show it again. */
export function SetupCodeShown({ issued, displayName, onDone }: SetupCodeShownProps) {
  const t = useMessages();
  const words = t.staffAdmin;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen office-page staff-code" aria-labelledby="staff-code-title">
      <h1 id="staff-code-title" ref={headingRef} tabIndex={-1}>
        {words.codeShownTitle}
      </h1>
      <p className="staff-code__for">{words.codeFor(displayName, issued.staffId)}</p>
      <p className="staff-code__label" id="staff-code-label">
        {words.codeLabel}
      </p>
      <p className="staff-code__code" aria-labelledby="staff-code-label" data-testid="setup-code">
        {groupSetupCode(issued.setupCode)}
      </p>
      <p className="staff-code__until">{words.codeValidUntil(formatDateTime(issued.expiresAt))}</p>
      <p className="notice notice--info">{words.codeOnce}</p>
      <div className="office-page__actions">
        <button data-action="primary" type="button" className="button button--primary" onClick={onDone}>
          {words.codeDone}
        </button>
      </div>
    </section>
  );
}
