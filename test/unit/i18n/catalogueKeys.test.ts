import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../shared/i18n/Catalogue.js';
import { catalogues } from '../../../shared/i18n/catalogues.js';
import { en } from '../../../shared/i18n/en/catalogue.js';
import { languages } from '../../../shared/i18n/language.js';
import type { UnlockWords } from '../../../shared/i18n/ruleWords.js';
import { vi } from '../../../shared/i18n/vi/catalogue.js';

/*
 * Both languages have exactly the same keys. The type system enforces it: the lines under
 * `@ts-expect-error` below are checked by `npm run typecheck` (tsconfig.node.json covers test/),
 * which fails if one of them stops being an error. The runtime walk below checks the values'
 * shapes too (a sentence, a function, a list of the same length).
 */

function acceptsCatalogue(catalogue: Catalogue): Catalogue {
  return catalogue;
}

function acceptsUnlockWords(words: UnlockWords): UnlockWords {
  return words;
}

function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}

describe('the Catalogue type', () => {
  it('refuses a language that lacks a key, or has one the others lack, at any depth', () => {
    const refused = [
      // @ts-expect-error a top-level key missing
      () => acceptsCatalogue(without(vi, 'appName')),
      // @ts-expect-error a top-level key that only this language has
      () => acceptsCatalogue({ ...en, greeting: 'Hello' }),
      () =>
        acceptsCatalogue({
          ...en,
          // @ts-expect-error a key missing inside a screen's words
          idle: without(en.idle, 'wipedBody'),
        }),
      () =>
        acceptsCatalogue({
          ...vi,
          // @ts-expect-error an error code without words
          errors: without(vi.errors, 'OFFLINE'),
        }),
      () =>
        acceptsUnlockWords({
          ...vi.account.rules,
          // @ts-expect-error a rule's reason code without words
          reasons: without(vi.account.rules.reasons, 'HOLDER_DECEASED'),
        }),
    ];
    // Each one builds at run time; what matters is that the typecheck refuses every one.
    for (const build of refused) expect(build()).toBeTypeOf('object');
  });

  it('accepts both languages as they are', () => {
    expect(acceptsCatalogue(vi).lang).toBe('vi');
    expect(acceptsCatalogue(en).lang).toBe('en');
    expect(Object.keys(catalogues).sort()).toEqual([...languages].sort());
  });
});

type Shape = string | { [key: string]: Shape };

/** What a catalogue holds, with every sentence replaced by its kind, so two languages compare. */
function shapeOf(value: unknown): Shape {
  if (typeof value === 'function') return `function/${value.length}`;
  if (Array.isArray(value))
    return Object.fromEntries(value.map((item, index) => [String(index), shapeOf(item)]));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item)]));
  }
  return typeof value;
}

describe('the two catalogues', () => {
  it('have the same keys, kinds of value and list lengths', () => {
    expect(shapeOf(en)).toEqual(shapeOf(vi));
  });

  it('switch to each other', () => {
    expect(vi.language.switchToLang).toBe('en');
    expect(en.language.switchToLang).toBe('vi');
  });
});
