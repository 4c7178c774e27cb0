import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/useMessages';

/** Less than this left below the fold is margin, not content worth a cue. */
const MORE_BELOW_PX = 8;

interface CuePlace {
  more: boolean;
  /** Distance from the viewport's bottom: above the sticky footer when one is in view. */
  bottom: number;
}

function measure(): CuePlace {
  const root = document.documentElement;
  const below = root.scrollHeight - (window.scrollY + root.clientHeight);
  const footer = document.querySelector('.screen__footer');
  const footerTop = footer?.getBoundingClientRect().top;
  const bottom = footerTop !== undefined && footerTop < root.clientHeight ? root.clientHeight - footerTop : 0;
  return { more: below > MORE_BELOW_PX, bottom };
}

/**
 * "Kéo xuống để xem thêm" while the screen runs on below the viewport (issue 12 §2): a
 * citizen must never have to guess that there is more, for example the last phone under the
 * footer. It stands just above the footer, lets taps through, and goes once the end is shown.
 */
export function ScrollCue() {
  const t = useMessages();
  const [place, setPlace] = useState<CuePlace>({ more: false, bottom: 0 });

  useEffect(() => {
    const update = () =>
      setPlace((old) => {
        const now = measure();
        return now.more === old.more && now.bottom === old.bottom ? old : now;
      });
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    // A screen's content arrives after it opens (an account read, a list), or the next screen
    // replaces it: measure again once the change is laid out.
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    };
    const resized = new ResizeObserver(later);
    resized.observe(document.body);
    const changed = new MutationObserver(later);
    changed.observe(document.body, { childList: true, subtree: true });
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      resized.disconnect();
      changed.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);

  // The layer stays while the cue comes and goes, so a test's full-page picture can hide it.
  return (
    <div className="scroll-cue-layer">
      {place.more && (
        <p className="scroll-cue" style={{ bottom: place.bottom }} aria-hidden="true">
          <span className="scroll-cue__arrow">↓</span>
          {t.common.scrollMore}
          <span className="scroll-cue__arrow">↓</span>
        </p>
      )}
    </div>
  );
}
