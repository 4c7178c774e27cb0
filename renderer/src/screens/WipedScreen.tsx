import { useEffect } from 'react';
import { OutcomeIcon } from '../components/OutcomeIcon';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';

/** How long the reassurance stays before Welcome returns by itself. */
export const WIPED_SCREEN_MS = 6_000;

/** Shown after the citizen's traces were wiped for inactivity: the next person sees nothing of them. */
export function WipedScreen({ onDone }: { onDone: () => void }) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useEffect(() => {
    const timer = window.setTimeout(onDone, WIPED_SCREEN_MS);
    return () => window.clearTimeout(timer);
  }, [onDone]);
  return (
    <section className="screen wiped" aria-labelledby="wiped-title">
      <OutcomeIcon tone="success" />
      <h1 id="wiped-title" ref={headingRef} tabIndex={-1}>
        {t.idle.wipedTitle}
      </h1>
      <p className="lead">{t.idle.wipedBody}</p>
      <button data-action="primary" type="button" className="button button--primary" onClick={onDone}>
        {t.common.home}
      </button>
    </section>
  );
}
