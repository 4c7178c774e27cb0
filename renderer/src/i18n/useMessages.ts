import type { Catalogue } from '../../../shared/i18n/Catalogue.js';
import { useLanguage } from './LanguageProvider';

/** What screens call the catalogue: every word of one language (shared/i18n). */
export type Messages = Catalogue;

/** The one place screens get their texts from: the catalogue of the language on screen. */
export function useMessages(): Messages {
  return useLanguage().messages;
}
