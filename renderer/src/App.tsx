import { useCallback, useEffect, useState } from 'react';
import type { ChangeReceipt, KioskInfo } from '../../shared/ipc/contract.js';
import type { ClientErrorCode } from './bridge/kioskClient';
import { useKiosk } from './bridge/KioskProvider';
import { KioskHeader } from './components/KioskHeader';
import { DevicesScreen } from './screens/DevicesScreen';
import { DoneScreen } from './screens/DoneScreen';
import { IdentifyScreen } from './screens/IdentifyScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';

export type KioskInfoState =
  { kind: 'loading' } | { kind: 'ready'; info: KioskInfo } | { kind: 'failed'; code: ClientErrorCode };

/**
 * Everything about the citizen lives in this one value (and in the screens it mounts), so
 * going back to Welcome drops all of it at once.
 */
type Screen =
  | { kind: 'welcome' }
  | { kind: 'identify' }
  | { kind: 'devices' }
  | { kind: 'done'; receipt: ChangeReceipt; deviceName: string };

export function App() {
  const kiosk = useKiosk();
  const [infoState, setInfoState] = useState<KioskInfoState>({ kind: 'loading' });
  const [infoAttempt, setInfoAttempt] = useState(0);
  const [screen, setScreen] = useState<Screen>({ kind: 'welcome' });

  useEffect(() => {
    let current = true;
    void kiosk.invoke('kiosk.describe', {}).then((result) => {
      if (!current) return;
      setInfoState(
        result.ok ? { kind: 'ready', info: result.value } : { kind: 'failed', code: result.error.code },
      );
    });
    return () => {
      current = false;
    };
  }, [kiosk, infoAttempt]);

  const retryInfo = useCallback(() => {
    setInfoState({ kind: 'loading' });
    setInfoAttempt((attempt) => attempt + 1);
  }, []);

  const endSession = useCallback(() => {
    // The screen forgets the citizen at once; the core also ends its session on its own timer,
    // so a failed call here leaves nothing behind for long.
    setScreen({ kind: 'welcome' });
    void kiosk.invoke('session.end', {});
  }, [kiosk]);

  return (
    <div className="kiosk">
      <KioskHeader communeName={infoState.kind === 'ready' ? infoState.info.communeName : undefined} />
      <main className="kiosk__main">
        {screen.kind === 'welcome' && (
          <WelcomeScreen
            infoState={infoState}
            onRetry={retryInfo}
            onStart={() => setScreen({ kind: 'identify' })}
          />
        )}
        {screen.kind === 'identify' && (
          <IdentifyScreen
            onBack={() => setScreen({ kind: 'welcome' })}
            onVerified={() => setScreen({ kind: 'devices' })}
          />
        )}
        {screen.kind === 'devices' && (
          <DevicesScreen
            onEnd={endSession}
            onUnlinked={(receipt, deviceName) => setScreen({ kind: 'done', receipt, deviceName })}
          />
        )}
        {screen.kind === 'done' && (
          <DoneScreen
            receipt={screen.receipt}
            deviceName={screen.deviceName}
            onReviewDevices={() => setScreen({ kind: 'devices' })}
            onEnd={endSession}
          />
        )}
      </main>
    </div>
  );
}
