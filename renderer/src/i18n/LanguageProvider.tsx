import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Catalogue } from '../../../shared/i18n/Catalogue.js';
import { catalogues } from '../../../shared/i18n/catalogues.js';
import { DEFAULT_LANGUAGE } from '../../../shared/i18n/language.js';
import type { Language } from '../../../shared/i18n/language.js';

export type { Language } from '../../../shared/i18n/language.js';

interface LanguageState {
  language: Language;
  messages: Catalogue;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

/**
 * Vietnamese by default; English one tap away. The choice belongs to the citizen being served,
 * so App resets it to Vietnamese whenever the citizen's traces are wiped.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(DEFAULT_LANGUAGE);
  const value = useMemo(() => ({ language, messages: catalogues[language], setLanguage }), [language]);

  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <LanguageContext value={value}>{children}</LanguageContext>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (state === undefined) throw new Error('useLanguage needs a LanguageProvider above it');
  return state;
}
