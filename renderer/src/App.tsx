import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ChangeReceipt, KioskInfo, SessionSummary, SyncStatus } from '../../shared/ipc/contract.js';
import type { StaffIdentity } from '../../shared/ipc/staffContract.js';
import type { ClientErrorCode } from './bridge/kioskClient';
import { useKiosk } from './bridge/KioskProvider';
import { AssistedBar } from './components/AssistedBar';
import { IdleDialog } from './components/IdleDialog';
import { KioskHeader } from './components/KioskHeader';
import { SyncBanner } from './components/SyncBanner';
import { useLanguage } from './i18n/LanguageProvider';
import { AccountScreen } from './screens/AccountScreen';
import { DevicesScreen } from './screens/DevicesScreen';
import { GuideScreen } from './screens/GuideScreen';
import { IdentifyScreen } from './screens/IdentifyScreen';
import { LookupScreen } from './screens/LookupScreen';
import { ReceiptScreen } from './screens/ReceiptScreen';
import { StaffSignInScreen } from './screens/StaffSignInScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';
import type { WelcomeAction } from './screens/WelcomeScreen';
import { WipedScreen } from './screens/WipedScreen';
import { useIdleTimer, warningMsFor } from './state/useIdleTimer';

export type KioskInfoState =
  { kind: 'loading' } | { kind: 'ready'; info: KioskInfo } | { kind: 'failed'; code: ClientErrorCode };

/** What the citizen came to do; it picks the screen after identification. */
type Intent = 'devices' | 'unlink' | 'unlock';

type Route =
  | { screen: 'welcome' }
  | { screen: 'identify'; intent: Intent }
  | { screen: 'account' }
  | { screen: 'devices' }
  | { screen: 'receipt'; receipt: ChangeReceipt; deviceName: string }
  | { screen: 'lookup' }
  | { screen: 'guide' }
  | { screen: 'staff-sign-in' }
  | { screen: 'wiped' };

/** Until the core says otherwise (kiosk.describe): shorter alone, longer with staff beside. */
const DEFAULT_IDLE_SECONDS = { selfService: 90, assisted: 300 } as const;

/**
 * Everything about the citizen lives in `citizen`, `route` and the screens they mount; the
 * screens are keyed by `generation`, so a wipe drops every piece of their state at once.
 */
export function App() {
  const kiosk = useKiosk();
  const { language, setLanguage } = useLanguage();
  const [infoState, setInfoState] = useState<KioskInfoState>({ kind: 'loading' });
  const [infoAttempt, setInfoAttempt] = useState(0);
  const [route, setRoute] = useState<Route>({ screen: 'welcome' });
  const [citizen, setCitizen] = useState<SessionSummary | null>(null);
  const [staff, setStaff] = useState<StaffIdentity | null>(null);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const [generation, setGeneration] = useState(0);

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

  // A fresh page knows no citizen: if it was reloaded (a crash, a restart) in the middle of a
  // session, that session ends now rather than waiting for the core's idle timer.
  useEffect(() => {
    void kiosk.invoke('session.end', {});
  }, [kiosk]);

  // Who is signed in as staff survives a reload of the page (the core keeps it).
  useEffect(() => {
    let current = true;
    void kiosk.invoke('staff.current', {}).then((result) => {
      if (current && result.ok && result.value.signedIn && result.value.staffId !== undefined) {
        setStaff({ staffId: result.value.staffId, displayName: result.value.displayName ?? '' });
      }
    });
    // Signed in or out elsewhere, or signed out by the core after staff inactivity.
    const unsubscribe = kiosk.on('staff.changed', (now) => {
      if (now.signedIn && now.staffId !== undefined) {
        setStaff({ staffId: now.staffId, displayName: now.displayName ?? '' });
      } else {
        setStaff(null);
      }
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [kiosk]);

  useEffect(() => {
    let current = true;
    void kiosk.invoke('sync.status', {}).then((result) => {
      if (current && result.ok) setSync(result.value);
    });
    const unsubscribe = kiosk.on('sync.status', (status) => setSync(status));
    return () => {
      current = false;
      unsubscribe();
    };
  }, [kiosk]);

  const retryInfo = useCallback(() => {
    setInfoState({ kind: 'loading' });
    setInfoAttempt((attempt) => attempt + 1);
  }, []);

  /** Forgets the citizen at once, in this order: screen state, then the core's session. */
  const forgetCitizen = useCallback(
    (next: Route) => {
      setCitizen(null);
      setRoute(next);
      setGeneration((value) => value + 1);
      setLanguage('vi');
      void kiosk.invoke('session.end', {});
    },
    [kiosk, setLanguage],
  );

  const endSession = useCallback(() => forgetCitizen({ screen: 'welcome' }), [forgetCitizen]);

  const signOutStaff = useCallback(() => {
    setStaff(null);
    forgetCitizen({ screen: 'welcome' });
    void kiosk.invoke('staff.signOut', {});
  }, [forgetCitizen, kiosk]);

  const wipeForIdle = useCallback(() => {
    if (staff !== null) {
      setStaff(null);
      void kiosk.invoke('staff.signOut', {});
    }
    // Only the language was left behind on Welcome: put it back quietly.
    if (route.screen === 'welcome') setLanguage('vi');
    else forgetCitizen({ screen: 'wiped' });
  }, [forgetCitizen, kiosk, route.screen, setLanguage, staff]);

  // The core ends the session too (its own idle timer, a staff sign-out elsewhere). Only a
  // citizen this screen still shows is wiped: the event for a session the screen already ended
  // (Kết thúc) arrives later, maybe while the next person has started, and must not touch them.
  const onSessionEnded = useEffectEvent((reason: 'ended' | 'idle' | 'staff-signed-out') => {
    if (reason === 'staff-signed-out') setStaff(null);
    if (citizen === null) return;
    setCitizen(null);
    setRoute(reason === 'ended' ? { screen: 'welcome' } : { screen: 'wiped' });
    setGeneration((value) => value + 1);
    setLanguage('vi');
  });
  useEffect(() => kiosk.on('session.ended', (event) => onSessionEnded(event.reason)), [kiosk]);

  const info = infoState.kind === 'ready' ? infoState.info : undefined;
  const idleSeconds = info?.idleSeconds ?? DEFAULT_IDLE_SECONDS;
  const idleMs = (staff === null ? idleSeconds.selfService : idleSeconds.assisted) * 1000;
  const idle = useIdleTimer({
    // Self-service Welcome in Vietnamese holds nothing of anyone; everything else is counted.
    enabled: staff !== null || (route.screen !== 'welcome' && route.screen !== 'wiped') || language !== 'vi',
    idleMs,
    warnMs: warningMsFor(idleMs),
    onIdle: wipeForIdle,
  });

  const assisted = staff !== null;
  const home = () => setRoute({ screen: 'welcome' });

  function startAction(action: WelcomeAction) {
    if (action === 'lookup' || action === 'guide') setRoute({ screen: action });
    else setRoute({ screen: 'identify', intent: action });
  }

  function verified(summary: SessionSummary, intent: Intent) {
    setCitizen(summary);
    setRoute({ screen: intent === 'unlock' ? 'account' : 'devices' });
  }

  return (
    <div className="kiosk">
      <KioskHeader communeName={info?.communeName} />
      {staff !== null && (
        <AssistedBar staffId={staff.staffId} displayName={staff.displayName} onSignOut={signOutStaff} />
      )}
      {sync !== null && <SyncBanner status={sync} assisted={assisted} />}
      <main className="kiosk__main" key={generation}>
        {route.screen === 'welcome' && (
          <WelcomeScreen
            infoState={infoState}
            assisted={assisted}
            onAction={startAction}
            onStaff={() => setRoute({ screen: 'staff-sign-in' })}
            onRetry={retryInfo}
          />
        )}
        {route.screen === 'identify' && (
          <IdentifyScreen
            assisted={assisted}
            staffId={staff?.staffId}
            onBack={home}
            onVerified={(summary) => verified(summary, route.intent)}
          />
        )}
        {route.screen === 'account' && citizen !== null && (
          <AccountScreen
            citizen={citizen}
            assisted={assisted}
            onDevices={() => setRoute({ screen: 'devices' })}
            onReceipt={(receipt) => setRoute({ screen: 'receipt', receipt, deviceName: '' })}
            onEnd={endSession}
          />
        )}
        {route.screen === 'devices' && citizen !== null && (
          <DevicesScreen
            citizen={citizen}
            assisted={assisted}
            onAccount={() => setRoute({ screen: 'account' })}
            onEnd={endSession}
            onChanged={(receipt, deviceName) => setRoute({ screen: 'receipt', receipt, deviceName })}
          />
        )}
        {route.screen === 'receipt' && (
          <ReceiptScreen
            receipt={route.receipt}
            deviceName={route.deviceName}
            onReviewDevices={
              route.receipt.kind === 'unlock-request' ? undefined : () => setRoute({ screen: 'devices' })
            }
            onSeeAccount={
              route.receipt.kind === 'unlock-request' ? () => setRoute({ screen: 'account' }) : undefined
            }
            onEnd={endSession}
          />
        )}
        {route.screen === 'lookup' && <LookupScreen onHome={home} />}
        {route.screen === 'guide' && (
          <GuideScreen onHome={home} onDoItHere={() => setRoute({ screen: 'identify', intent: 'unlink' })} />
        )}
        {route.screen === 'staff-sign-in' && (
          <StaffSignInScreen
            onBack={home}
            onSignedIn={(identity) => {
              setStaff(identity);
              setRoute({ screen: 'welcome' });
              setGeneration((value) => value + 1);
            }}
          />
        )}
        {route.screen === 'wiped' && <WipedScreen onDone={home} />}
      </main>
      {idle.secondsLeft !== null && (
        <IdleDialog secondsLeft={idle.secondsLeft} onContinue={idle.stayActive} onEnd={wipeForIdle} />
      )}
    </div>
  );
}
