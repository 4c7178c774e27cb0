import type { ReactNode } from 'react';
import type { AccountView } from '../../../shared/ipc/contract.js';
import { explainUnlockEligibility } from '../../../shared/i18n/ruleWords.js';
import type { UnlockEligibility } from '../../../shared/rules/unlockEligibility.js';
import { formatDate } from '../format/date';
import { useMessages } from '../i18n/useMessages';
import { LockIcon } from './Icons';

interface LockExplanationProps {
  account: AccountView;
  eligibility: UnlockEligibility;
  /** The unlock request button, where one can help: placed right under "what to do next". */
  action?: ReactNode;
}

/**
 * A locked account in plain words: why, since when, who can unlock it and what to do next
 * (the words for the rule's codes, in the screen's language), and whom to ask.
 */
export function LockExplanation({ account, eligibility, action }: LockExplanationProps) {
  const t = useMessages();
  const explanation = explainUnlockEligibility(eligibility, t.account.rules);
  const lock = account.lock;
  const outcome = eligibility.outcome;
  const sendsToPolice = outcome === 'go-to-commune-police' || outcome === 'cannot-unlock';
  const showsHotline = outcome !== 'not-locked' && outcome !== 'cannot-unlock';
  return (
    <section className={`lock-panel lock-panel--${outcome}`} aria-labelledby="lock-title">
      <div className="lock-panel__head">
        <span className="lock-panel__icon">
          <LockIcon open={false} />
        </span>
        <div>
          <h2 id="lock-title">{t.account.lockTitle}</h2>
          <p className="lock-panel__verdict">{explanation.title}</p>
        </div>
      </div>
      <div className="lock-panel__why">
        <p className="lock-panel__reason">{explanation.reason}</p>
        {lock !== undefined && (
          <p className="lock-panel__dates">
            {t.account.lockedOn(formatDate(lock.since))}
            {lock.until !== undefined && <> {t.account.lockedUntil(formatDate(lock.until))}</>}
          </p>
        )}
        {lock !== undefined && (
          <p className="lock-panel__by">
            {t.account.lockedBy}: <strong>{lock.requestedBy}</strong>
          </p>
        )}
        {/* Right under the reason: the one thing to do, in view without scrolling. */}
        {action !== undefined && <div className="lock-panel__action">{action}</div>}
      </div>
      <div className="lock-panel__what">
        <dl className="lock-panel__facts">
          <div>
            <dt>{t.account.whoCanUnlock}</dt>
            <dd>{explanation.whoCanUnlock}</dd>
          </div>
          <div>
            <dt>{t.account.nextStep}</dt>
            <dd>{explanation.nextStep}</dd>
          </div>
        </dl>
        {(sendsToPolice || showsHotline) && (
          <div className="contact-box">
            <p className="contact-box__title">{t.account.contactTitle}</p>
            <ul>
              {sendsToPolice && <li>{t.account.contactPolice(t.common.communePolice)}</li>}
              {showsHotline && <li>{t.account.contactHotline(t.common.hotline)}</li>}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
