import type { AuditChainStatus } from '../../../../../shared/ipc/auditContract.js';
import { useMessages } from '../../../i18n/useMessages';
import { formatDateTimeSeconds } from '../../../format/date';

/**
 * Whether the hash chain holds, at the top of the log: green with the count when it does; red
 * with the first failing entry, why it fails, what that means and what to do when it does not.
 * A sign and a title say it too, never the colour alone.
 */
export function ChainStatusBanner({ chain }: { chain: AuditChainStatus }) {
  const words = useMessages().auditLog.chain;
  if (chain.status === 'intact') {
    return (
      <section className="audit-chain audit-chain--intact" aria-labelledby="audit-chain-title">
        <span className="audit-chain__sign" aria-hidden="true">
          ✓
        </span>
        <div>
          <h2 className="audit-chain__title" id="audit-chain-title">
            {words.intactTitle}
          </h2>
          <p>{words.intactBody(chain.entries, formatDateTimeSeconds(chain.checkedAt))}</p>
        </div>
      </section>
    );
  }
  return (
    <section className="audit-chain audit-chain--broken" aria-labelledby="audit-chain-title">
      <span className="audit-chain__sign" aria-hidden="true">
        !
      </span>
      <div>
        <h2 className="audit-chain__title" id="audit-chain-title">
          {words.brokenTitle}
        </h2>
        <p>{words.brokenWhere(chain.firstBreak)}</p>
        <p>{words.reasons[chain.firstBreak.reason]}</p>
        <p>{words.brokenMeaning(chain.entriesBefore, chain.untrustedFromSeq)}</p>
        <p className="audit-chain__action">{words.brokenAction}</p>
      </div>
    </section>
  );
}
