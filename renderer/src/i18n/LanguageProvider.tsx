import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { en } from './en';
import { vi } from './vi';
import type { Messages } from './vi';

export type Language = 'vi' | 'en';

const catalogues: Record<Language, Messages> = { vi, en };

interface LanguageState {
  language: Language;
  messages: Messages;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

/**
 * Vietnamese by default; English one tap away. The choice belongs to the citizen being served,
 * so App resets it to Vietnamese whenever the citizen's traces are wiped.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>('vi');
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
