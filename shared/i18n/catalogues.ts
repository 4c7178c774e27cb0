import type { Catalogue } from './Catalogue.js';
import { en } from './en/catalogue.js';
import type { Language } from './language.js';
import { vi } from './vi/catalogue.js';

/** Every language's words, for the screens, the printed slip and anything else that speaks. */
export const catalogues: Readonly<Record<Language, Catalogue>> = Object.freeze({ vi, en });

export function catalogueFor(language: Language): Catalogue {
  return catalogues[language];
}
