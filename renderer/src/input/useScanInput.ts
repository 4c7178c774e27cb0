import { useEffect, useEffectEvent } from 'react';
import { emptyKeyBurst, stepKeyBurst } from './keyBurst';
import type { HeldKey, KeyBurstInput, KeyBurstStep } from './keyBurst';

/**
 * The one input layer for keyboard-wedge scanners (receipt references, citizen ID cards).
 * It listens before everything else on the page (window, capture phase) and holds character
 * keys until keyBurst can tell a scan from typing. A scan goes to `onScan` and nothing on the
 * screen ever sees its keys, so a bad scan changes nothing typed; typing is handed back to the
 * screen's own listeners as the same keys, in order.
 */
export function useScanInput(onScan: (text: string) => void, options: { enabled?: boolean } = {}): void {
  const enabled = options.enabled ?? true;
  const scanned = useEffectEvent(onScan);

  useEffect(() => {
    if (!enabled) return;
    let state = emptyKeyBurst<EventTarget>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The layer's own re-dispatched keys pass through it untouched.
    const ours = new WeakSet<Event>();

    const release = (keys: HeldKey<EventTarget>[]) => {
      for (const held of keys) {
        const typed = new KeyboardEvent('keydown', { key: held.key, bubbles: true, cancelable: true });
        ours.add(typed);
        // The element that had the focus, if the screen still shows it.
        const target = held.payload instanceof Node && !held.payload.isConnected ? window : held.payload;
        target.dispatchEvent(typed);
      }
    };

    const apply = (step: KeyBurstStep<EventTarget>) => {
      state = step.state;
      clearTimeout(timer);
      timer = undefined;
      // Released keys go first: they were typed before the key being handled now.
      release(step.release);
      if (step.scan !== undefined) scanned(step.scan);
      if (step.deadline !== undefined) {
        timer = setTimeout(
          () => apply(stepKeyBurst(state, { type: 'timeout', at: performance.now() })),
          Math.max(0, step.deadline - performance.now()),
        );
      }
    };

    const handle = (event: KeyboardEvent, input: KeyBurstInput<EventTarget>) => {
      const step = stepKeyBurst(state, input);
      apply(step);
      if (!step.pass) {
        // Held here, at the window's capture phase: the screen's own listeners (on window, in
        // the bubble phase, or on the focused element) never see the key. Not stopImmediate:
        // the other capture listeners on window (App's idle timer) still count it as activity.
        event.stopPropagation();
        event.preventDefault();
      }
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (ours.has(event)) return;
      // Shift for capitals, and other keys that type nothing themselves, never break a burst.
      if (TYPES_NOTHING.has(event.key)) return;
      if (passesStraightThrough(event) || event.repeat) {
        if (state.held.length > 0) apply(stepKeyBurst(state, { type: 'other' }));
        return;
      }
      if (event.key === 'Enter') {
        handle(event, { type: 'enter', at: event.timeStamp });
        return;
      }
      const key = event.key.normalize('NFC');
      // Space on its own presses the focused button; no scan starts with one.
      if (!isCharacter(key) || (key === ' ' && state.held.length === 0)) {
        if (state.held.length > 0) apply(stepKeyBurst(state, { type: 'other' }));
        return;
      }
      handle(event, { type: 'character', key, at: event.timeStamp, payload: event.target ?? window });
    };

    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      // Keys held for a screen that is going away are dropped, not typed into the next one.
      clearTimeout(timer);
    };
  }, [enabled]);
}

const TYPES_NOTHING = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'OS',
  'Super',
  'Hyper',
  'Fn',
  'FnLock',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Symbol',
  'SymbolLock',
  'Dead',
  'Unidentified',
]);

function isCharacter(key: string): boolean {
  return [...key].length === 1;
}

/** Input types that take text: they type for themselves. A tick box or a button does not. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'tel', 'number', 'password', 'email', 'url']);

/**
 * Text fields type for themselves, and shortcuts are never part of a scan. Any other control
 * with the focus (the attestation's tick box, a button) is not: a scan is heard there too, and
 * its spaces never toggle or press it.
 */
function passesStraightThrough(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return true;
  const target = event.target;
  return (
    (target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
