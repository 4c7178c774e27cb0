import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { KioskClient } from './kioskClient';

const KioskContext = createContext<KioskClient | undefined>(undefined);

export function KioskProvider({ client, children }: { client: KioskClient; children: ReactNode }) {
  return <KioskContext value={client}>{children}</KioskContext>;
}

/** The core, as the screens see it; handed down so a screen never picks its own host. */
export function useKiosk(): KioskClient {
  const client = useContext(KioskContext);
  if (client === undefined) throw new Error('useKiosk needs a KioskProvider above it');
  return client;
}
