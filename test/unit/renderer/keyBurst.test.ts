import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyKeyBurst, LONE_KEY_MS, stepKeyBurst } from '../../../renderer/src/input/keyBurst.js';
import type { KeyBurstStep } from '../../../renderer/src/input/keyBurst.js';

type Key = { kind: 'character'; key: string } | { kind: 'enter' } | { kind: 'other' };
type Pressed = Key & { at: number };
/** What the screen sees, in order. */
type Seen =
  { kind: 'typed'; key: string } | { kind: 'scan'; text: string } | { kind: 'enter' } | { kind: 'other' };

/** Feeds keys to the detector as the DOM layer does, firing each timer when its deadline comes. */
function run(keys: Pressed[]): Seen[] {
  let state = emptyKeyBurst<number>();
  let deadline: number | undefined;
  const seen: Seen[] = [];
  const apply = (step: KeyBurstStep<number>, current?: Key) => {
    state = step.state;
    deadline = step.deadline;
    for (const released of step.release) seen.push({ kind: 'typed', key: released.key });
    if (step.scan !== undefined) seen.push({ kind: 'scan', text: step.scan });
    if (step.pass && current !== undefined)
      seen.push(current.kind === 'enter' ? { kind: 'enter' } : { kind: 'other' });
  };
  const fireTimersUntil = (at: number) => {
    while (deadline !== undefined && deadline <= at)
      apply(stepKeyBurst(state, { type: 'timeout', at: deadline }));
  };
  keys.forEach((pressed, index) => {
    fireTimersUntil(pressed.at);
    if (pressed.kind === 'character') {
      apply(
        stepKeyBurst(state, { type: 'character', key: pressed.key, at: pressed.at, payload: index }),
        pressed,
      );
    } else if (pressed.kind === 'enter') {
      apply(stepKeyBurst(state, { type: 'enter', at: pressed.at }), pressed);
    } else {
      apply(stepKeyBurst(state, { type: 'other' }), pressed);
    }
  });
  fireTimersUntil(Infinity);
  return seen;
}

/** Keys typed with the given gaps: gaps[i] is the time before key i. */
function timed(keys: Key[], gaps: number[]): Pressed[] {
  let at = 1_000;
  return keys.map((key, index) => {
    at += gaps[index] ?? 0;
    return { ...key, at };
  });
}

const chars = (text: string): Key[] => [...text].map((key) => ({ kind: 'character', key }));
const ENTER: Key = { kind: 'enter' };
const even = (count: number, gap: number): number[] => Array.from({ length: count }, () => gap);
const typed = (text: string): Seen[] => [...text].map((key) => ({ kind: 'typed', key }));

describe('keyBurst examples', () => {
  it('a scanner: a reference at 10 ms a key, then Enter, is one scan and nothing typed', () => {
    expect(run(timed([...chars('abcde-12345'), ENTER], even(12, 10)))).toEqual([
      { kind: 'scan', text: 'abcde-12345' },
    ]);
  });

  it('a hand: keys 150 ms apart are typed one by one, and Enter passes', () => {
    expect(run(timed([...chars('0010'), ENTER], even(5, 150)))).toEqual([
      ...typed('0010'),
      { kind: 'enter' },
    ]);
  });

  it('a lone key is released by its timer, before any later key', () => {
    const steps = stepKeyBurst(emptyKeyBurst<null>(), { type: 'character', key: '7', at: 0, payload: null });
    expect(steps).toMatchObject({ release: [], pass: false, deadline: LONE_KEY_MS });
    const timeout = stepKeyBurst(steps.state, { type: 'timeout', at: LONE_KEY_MS });
    expect(timeout.release.map((key) => key.key)).toEqual(['7']);
  });

  it('seven fast characters and Enter are too short for a scan: typed, then Enter', () => {
    expect(run(timed([...chars('1234567'), ENTER], even(8, 10)))).toEqual([
      ...typed('1234567'),
      { kind: 'enter' },
    ]);
  });

  it('one slower key inside a scan does not break it', () => {
    const gaps = [...even(10, 10), 200, ...even(10, 10)];
    expect(run(timed([...chars('0010900123456789xyz'), ENTER], gaps))).toEqual([
      { kind: 'scan', text: '0010900123456789xyz' },
    ]);
  });

  it('a pause over 300 ms ends a sequence: the keys before it are typing', () => {
    const gaps = [...even(4, 10), 400, ...even(10, 10)];
    expect(run(timed([...chars('1234'), ...chars('ABCDE12345'), ENTER], gaps))).toEqual([
      ...typed('1234'),
      { kind: 'scan', text: 'ABCDE12345' },
    ]);
  });

  it('another key inside a burst releases what was held first, in order', () => {
    expect(run(timed([...chars('12'), { kind: 'other' }, ...chars('3')], even(4, 10)))).toEqual([
      ...typed('12'),
      { kind: 'other' },
      ...typed('3'),
    ]);
  });

  it('Enter alone passes straight through', () => {
    expect(stepKeyBurst(emptyKeyBurst(), { type: 'enter', at: 5 })).toEqual({
      state: { held: [] },
      release: [],
      pass: true,
    });
  });

  it('a key after a late timer releases what had waited long enough first', () => {
    const first = stepKeyBurst(emptyKeyBurst<null>(), { type: 'character', key: 'a', at: 0, payload: null });
    const second = stepKeyBurst(first.state, {
      type: 'character',
      key: 'b',
      at: LONE_KEY_MS + 30,
      payload: null,
    });
    expect(second.release.map((key) => key.key)).toEqual(['a']);
    expect(second.state.held.map((key) => key.key)).toEqual(['b']);
  });
});

const characterArb = fc.constantFrom(...'0123456789abcdefABCDEF-|ăữ Nn]Q');
const keyArb: fc.Arbitrary<Key> = fc.oneof(
  { weight: 8, arbitrary: characterArb.map((key): Key => ({ kind: 'character', key })) },
  { weight: 1, arbitrary: fc.constant<Key>(ENTER) },
  { weight: 1, arbitrary: fc.constant<Key>({ kind: 'other' }) },
);

/** Everything the screen saw, flattened back into keys: a scan stands for its characters and its Enter. */
function flatten(seen: Seen[]): Key[] {
  return seen.flatMap((item): Key[] => {
    if (item.kind === 'typed') return [{ kind: 'character', key: item.key }];
    if (item.kind === 'scan') return [...chars(item.text), ENTER];
    return [item];
  });
}

describe('keyBurst properties', () => {
  it('keys with every gap at least 120 ms are never a scan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keyArb, fc.integer({ min: 120, max: 2_000 })), { maxLength: 60 }),
        (pairs) => {
          const seen = run(
            timed(
              pairs.map(([key]) => key),
              pairs.map(([, gap]) => gap),
            ),
          );
          expect(seen.filter((item) => item.kind === 'scan')).toEqual([]);
        },
      ),
    );
  });

  it('any text of 8 or more characters at gaps of 30 ms or less, ending with Enter, is a scan of exactly those keys', () => {
    fc.assert(
      fc.property(
        fc.array(characterArb, { minLength: 8, maxLength: 200 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 201, maxLength: 201 }),
        (keys, gaps) => {
          const seen = run(timed([...chars(keys.join('')), ENTER], gaps));
          expect(seen).toEqual([{ kind: 'scan', text: keys.join('') }]);
        },
      ),
    );
  });

  it('released keys keep their order, and nothing is lost or duplicated', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(keyArb, fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 600 }))),
          {
            maxLength: 80,
          },
        ),
        (pairs) => {
          const keys = pairs.map(([key]) => key);
          expect(
            flatten(
              run(
                timed(
                  keys,
                  pairs.map(([, gap]) => gap),
                ),
              ),
            ),
          ).toEqual(keys);
        },
      ),
    );
  });
});
