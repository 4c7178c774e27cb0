import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/staffBar.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getKioskBridge } from './bridge/getKioskBridge';
import { KioskProvider } from './bridge/KioskProvider';
import { LanguageProvider } from './i18n/LanguageProvider';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <KioskProvider client={getKioskBridge()}>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </KioskProvider>
  </StrictMode>,
);
