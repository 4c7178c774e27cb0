// TEMP (part R): a stand-in with P's signature until i13-p's "Scan input layer" is merged;
// the merge takes P's file in place of this one.
import { useEffect, useEffectEvent } from 'react';

const FAST_MS = 50;
const MIN_LENGTH = 8;
const PAUSE_MS = 300;

export function useScanInput(onScan: (text: string) => void, options: { enabled?: boolean } = {}): void {
  const enabled = options.enabled ?? true;
  const scanned = useEffectEvent((text: string) => onScan(text));
  useEffect(() => {
    if (!enabled) return;
    const released = new WeakSet<Event>();
    let held: { event: KeyboardEvent; target: EventTarget | null; at: number }[] = [];
    let timer: number | undefined;
    const release = () => {
      window.clearTimeout(timer);
      const keys = held;
      held = [];
      for (const { event, target } of keys) {
        const copy = new KeyboardEvent('keydown', { key: event.key, code: event.code, bubbles: true, cancelable: true });
        released.add(copy);
        (target ?? window).dispatchEvent(copy);
      }
    };
    const listener = (event: KeyboardEvent) => {
      if (released.has(event)) return;
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      if (event.key === 'Enter' && held.length > 0) {
        const first = held[0]?.at ?? event.timeStamp;
        const average = (event.timeStamp - first) / held.length;
        if (held.length >= MIN_LENGTH && average < FAST_MS) {
          event.preventDefault();
          event.stopImmediatePropagation();
          window.clearTimeout(timer);
          const text = held.map((key) => key.event.key).join('');
          held = [];
          scanned(text);
          return;
        }
        release();
        return;
      }
      if (event.key.length !== 1) {
        release();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      held.push({ event, target: event.target, at: event.timeStamp });
      window.clearTimeout(timer);
      timer = window.setTimeout(release, PAUSE_MS);
    };
    window.addEventListener('keydown', listener, true);
    return () => {
      window.removeEventListener('keydown', listener, true);
      release();
    };
  }, [enabled]);
}
