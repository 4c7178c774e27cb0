/**
 * Tells a keyboard-wedge scanner from a hand by timing alone, with no DOM: a scanner types a
 * whole code in well under a second and ends it with Enter. The keys are held until it is
 * clear which it is; keys that turn out to be typing are released, in order, to the screen.
 *
 * A sequence is a scan when it ends with Enter, holds at least MIN_SCAN_LENGTH characters and
 * its keys came on average less than SCAN_GAP_MS apart, so one slower key inside does not
 * break it. A lone key, or keys too slow for a scanner, are released LONE_KEY_MS after the
 * last; keys as fast as a scanner's are held for up to SEQUENCE_GAP_MS waiting for the next.
 */

export const SCAN_GAP_MS = 50;
export const SEQUENCE_GAP_MS = 300;
/**
 * Longer than a scanner's gap: the first key of a scan can come late (the page switching to
 * keyboard focus rings, a busy machine), and a first key typed before the rest is heard would be
 * lost from the scan. A hand's key shows at most this late, which a citizen does not notice.
 */
export const LONE_KEY_MS = 150;
export const MIN_SCAN_LENGTH = 8;

/** A character key, with whatever the caller needs to hand it back (where it was typed). */
export interface HeldKey<T> {
  key: string;
  /** Milliseconds, on one clock for every input (the DOM's event.timeStamp). */
  at: number;
  payload: T;
}

export interface KeyBurstState<T> {
  readonly held: readonly HeldKey<T>[];
}

export type KeyBurstInput<T> =
  /** A key that types one character. */
  | { type: 'character'; key: string; at: number; payload: T }
  | { type: 'enter'; at: number }
  /** Any other key (Backspace, Tab, a shortcut…): whatever is held was typing. */
  | { type: 'other' }
  /** The last step's deadline has come with no key. */
  | { type: 'timeout'; at: number };

export interface KeyBurstStep<T> {
  state: KeyBurstState<T>;
  /** Keys to hand to the screen as typed, in order, before the current key goes anywhere. */
  release: HeldKey<T>[];
  /** The scanned text, when this Enter ended a scan: nothing else sees its keys. */
  scan?: string;
  /** True when the current key goes on to the screen (an Enter or another key not taken). */
  pass: boolean;
  /** When to send a timeout if no key comes first; absent when nothing is held. */
  deadline?: number;
}

export function emptyKeyBurst<T>(): KeyBurstState<T> {
  return { held: [] };
}

/** The next state for one input; pure, so the timing rules are tested without a DOM or a clock. */
export function stepKeyBurst<T>(state: KeyBurstState<T>, input: KeyBurstInput<T>): KeyBurstStep<T> {
  const held = state.held;
  switch (input.type) {
    case 'character': {
      // A late timer: what was held has already waited long enough to be typing.
      const expired = held.length > 0 && input.at >= deadlineFor(held);
      const kept = expired ? [] : held;
      const next = [...kept, { key: input.key, at: input.at, payload: input.payload }];
      return {
        state: { held: next },
        release: expired ? [...held] : [],
        pass: false,
        deadline: deadlineFor(next),
      };
    }
    case 'enter': {
      if (held.length === 0) return { state: { held: [] }, release: [], pass: true };
      if (input.at < deadlineFor(held) && isScan(held, input.at)) {
        return { state: { held: [] }, release: [], scan: held.map((key) => key.key).join(''), pass: false };
      }
      return { state: { held: [] }, release: [...held], pass: true };
    }
    case 'other':
      return { state: { held: [] }, release: [...held], pass: true };
    case 'timeout': {
      if (held.length === 0) return { state, release: [], pass: false };
      const deadline = deadlineFor(held);
      if (input.at < deadline) return { state, release: [], pass: false, deadline };
      return { state: { held: [] }, release: [...held], pass: false };
    }
  }
}

function averageGap(held: readonly HeldKey<unknown>[], until: number, gaps: number): number {
  return (until - (held[0]?.at ?? until)) / gaps;
}

function looksLikeScanner(held: readonly HeldKey<unknown>[]): boolean {
  const last = held.at(-1);
  return held.length >= 2 && last !== undefined && averageGap(held, last.at, held.length - 1) < SCAN_GAP_MS;
}

function deadlineFor(held: readonly HeldKey<unknown>[]): number {
  const last = held.at(-1)?.at ?? 0;
  return last + (looksLikeScanner(held) ? SEQUENCE_GAP_MS : LONE_KEY_MS);
}

/** The Enter's own gap counts too: n characters and the Enter make n gaps. */
function isScan(held: readonly HeldKey<unknown>[], enterAt: number): boolean {
  return held.length >= MIN_SCAN_LENGTH && averageGap(held, enterAt, held.length) < SCAN_GAP_MS;
}
