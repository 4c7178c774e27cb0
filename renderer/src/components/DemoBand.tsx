import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/useMessages';
import './DemoBand.css';

/**
 * Says on every screen of a demo kiosk that its data are samples (issue 10). App draws it above
 * the header, in the page's flow, so it pushes the screen down instead of covering any of it,
 * and no screen can leave it out. A live region speaks what is put into it, not what it held
 * when it appeared: the words go in one frame after the band, so a screen reader announces the
 * mode once when the kiosk opens (and again only if the language changes), never per screen.
 */
export function DemoBand() {
  const t = useMessages();
  const [spoken, setSpoken] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSpoken(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div className="demo-band">
      {/* aria-live rather than role="status": the band is a standing notice beside each screen's own status line. */}
      <p className="demo-band__text" aria-live="polite">
        {spoken ? t.mode.demoBand : ''}
      </p>
    </div>
  );
}
