import { useEffect, useRef } from 'react';

/**
 * Moves focus to a screen's heading when the screen appears, so a screen reader announces the
 * new screen and the keyboard starts from the top instead of from a button that is gone.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
