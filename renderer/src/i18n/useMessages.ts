import { useLanguage } from './LanguageProvider';
import type { Messages } from './vi';

/** The one place screens get their texts from: the catalogue of the language on screen. */
export function useMessages(): Messages {
  return useLanguage().messages;
}
