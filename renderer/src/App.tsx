import type { KioskInfo } from '../../shared/ipc/contract.js';
import { AssistedBar } from './components/AssistedBar';
import { DemoBand } from './components/DemoBand';
import { IdleDialog } from './components/IdleDialog';
import { KioskHeader } from './components/KioskHeader';
import { ScrollCue } from './components/ScrollCue';
import { SyncBanner } from './components/SyncBanner';
import { useLanguage } from './i18n/LanguageProvider';
import { AccountScreen } from './screens/AccountScreen';
import { DevicesScreen } from './screens/DevicesScreen';
import { FirstRunScreen } from './screens/firstRun/FirstRunScreen';
import { GuideScreen } from './screens/GuideScreen';
import { IdentifyScreen } from './screens/IdentifyScreen';
import { LookupScreen } from './screens/LookupScreen';
import { OfficeScreen } from './screens/office/OfficeScreen';
import { ReceiptScreen } from './screens/ReceiptScreen';
import { StaffSignInScreen } from './screens/StaffSignInScreen';
import { WelcomeScreen } from './screens/WelcomeScreen';
import type { WelcomeAction } from './screens/WelcomeScreen';
import { WipedScreen } from './screens/WipedScreen';
import { canStartIdentify, offlineNoticeFor } from './state/connectionNotice';
import { useIdleTimer, warningMsFor } from './state/useIdleTimer';
import { useInvoke } from './state/useInvoke';
import type { Loaded } from './state/useInvoke';
import { useKioskSession } from './state/useKioskSession';
import { useSyncStatus } from './state/useSyncStatus';

export type KioskInfoState = Loaded<KioskInfo>;

/** Until the core says otherwise (kiosk.describe): shorter alone, longer with staff beside. */
const DEFAULT_IDLE_SECONDS = { selfService: 90, assisted: 300 } as const;

/**
 * The screens and the citizen's lifecycle live in one reducer (`state/kioskState.ts`); this
 * component only wires it to the screens. The screens are keyed by the state's generation, so
 * a wipe drops every piece of their state at once.
 */
export function App() {
  const { language } = useLanguage();
  const { state, dispatch, wipe } = useKioskSession();
  const { load: infoState, reload: retryInfo } = useInvoke('kiosk.describe', {});
  const sync = useSyncStatus();
  const { route, staff } = state;

  const info = infoState.kind === 'ready' ? infoState.value : undefined;
  // A provisioned kiosk's first run replaces Welcome until the core says setup is complete.
  const firstRun = info !== undefined && info.setup !== 'complete';
  const idleSeconds = info?.idleSeconds ?? DEFAULT_IDLE_SECONDS;
  const idleMs = (staff === null ? idleSeconds.selfService : idleSeconds.assisted) * 1000;
  const wipeForIdle = () => wipe('idle');
  const idle = useIdleTimer({
    // Self-service Welcome in Vietnamese holds nothing of anyone; everything else is counted.
    // Never during the first run: a wipe would take the passphrase off screen before it is copied.
    enabled:
      !firstRun &&
      (staff !== null || (route.screen !== 'welcome' && route.screen !== 'wiped') || language !== 'vi'),
    idleMs,
    warnMs: warningMsFor(idleMs, staff !== null),
    onIdle: wipeForIdle,
  });

  const assisted = staff !== null;
  // While the countdown shows, what is behind it is blurred, and out of reach of touch and of
  // screen readers: a passer-by must not read the citizen's data off an abandoned kiosk.
  const covered = idle.secondsLeft !== null;
  const home = () => dispatch({ type: 'home' });
  const endSession = () => wipe('ended');
  // `unknown` until the core's first answer: treated as "not offline" everywhere.
  const connection = sync?.connection ?? 'unknown';
  const offlineNotice = offlineNoticeFor(connection, route.screen, assisted);
  const mayIdentify = canStartIdentify(connection, assisted);

  function startAction(action: WelcomeAction) {
    if (action === 'lookup' || action === 'guide') dispatch({ type: 'open', screen: action });
    // Welcome shows these disabled offline; a tap that raced the status change stays there.
    else if (mayIdentify) dispatch({ type: 'identify', intent: action });
  }

  return (
    <div className="kiosk">
      {/* In the layout, not in a screen: no screen of a demo kiosk can be without it. */}
      {info?.mode === 'demo' && <DemoBand />}
      <KioskHeader communeName={info?.communeName} />
      {firstRun && (
        <main className="kiosk__main">
          <FirstRunScreen onComplete={retryInfo} />
        </main>
      )}
      {!firstRun && staff !== null && (
        <AssistedBar
          staffId={staff.staffId}
          displayName={staff.displayName}
          role={staff.role}
          officePage={route.screen === 'office' ? route.page : undefined}
          onOffice={(page) => dispatch({ type: 'office', page })}
          onSignOut={() => wipe('staff-signed-out')}
        />
      )}
      {!firstRun && sync !== null && offlineNotice === 'banner' && (
        <SyncBanner status={sync} assisted={assisted} />
      )}
      {!firstRun && (
        <main
          className={covered ? 'kiosk__main kiosk__main--covered' : 'kiosk__main'}
          key={state.generation}
          inert={covered}
          aria-hidden={covered ? true : undefined}
        >
          {route.screen === 'welcome' && (
            <WelcomeScreen
              infoState={infoState}
              assisted={assisted}
              offline={!mayIdentify}
              onAction={startAction}
              onCard={(card) => dispatch({ type: 'identify', intent: 'account', card })}
              onLookup={(reference) => dispatch({ type: 'lookup-reference', reference })}
              onStaff={() => dispatch({ type: 'open', screen: 'staff-sign-in' })}
              onRetry={retryInfo}
            />
          )}
          {route.screen === 'identify' && (
            <IdentifyScreen
              assisted={assisted}
              staffId={staff?.staffId}
              card={route.card}
              onBack={home}
              onCardDropped={() => dispatch({ type: 'card-dropped' })}
              onLookup={(reference) => dispatch({ type: 'lookup-reference', reference })}
              onVerified={(citizen) => dispatch({ type: 'verified', citizen })}
            />
          )}
          {route.screen === 'account' && (
            <AccountScreen
              citizen={route.citizen}
              assisted={assisted}
              onDevices={() => dispatch({ type: 'show-devices' })}
              onReceipt={(receipt) => dispatch({ type: 'changed', receipt, deviceName: '' })}
              onEnd={endSession}
            />
          )}
          {route.screen === 'devices' && (
            <DevicesScreen
              citizen={route.citizen}
              assisted={assisted}
              onAccount={() => dispatch({ type: 'show-account' })}
              onEnd={endSession}
              onChanged={(receipt, deviceName) => dispatch({ type: 'changed', receipt, deviceName })}
            />
          )}
          {route.screen === 'receipt' && (
            <ReceiptScreen
              receipt={route.receipt}
              deviceName={route.deviceName}
              onReviewDevices={
                route.receipt.kind === 'unlock-request' ? undefined : () => dispatch({ type: 'show-devices' })
              }
              onSeeAccount={
                route.receipt.kind === 'unlock-request' ? () => dispatch({ type: 'show-account' }) : undefined
              }
              onEnd={endSession}
            />
          )}
          {route.screen === 'lookup' && <LookupScreen onHome={home} initialReference={route.reference} />}
          {route.screen === 'guide' && (
            <GuideScreen
              onHome={home}
              // Offline, Welcome is where the citizen hears why it cannot be done here now.
              onDoItHere={() =>
                dispatch(mayIdentify ? { type: 'identify', intent: 'unlink' } : { type: 'home' })
              }
            />
          )}
          {route.screen === 'staff-sign-in' && (
            <StaffSignInScreen
              onBack={home}
              onSignedIn={(identity) => dispatch({ type: 'staff-signed-in', staff: identity })}
            />
          )}
          {route.screen === 'wiped' && <WipedScreen onDone={home} />}
          {route.screen === 'office' && staff !== null && (
            <OfficeScreen page={route.page} staff={staff} onHome={home} />
          )}
        </main>
      )}
      <ScrollCue />
      {idle.secondsLeft !== null && (
        <IdleDialog
          secondsLeft={idle.secondsLeft}
          forStaff={assisted}
          onContinue={idle.stayActive}
          onEnd={wipeForIdle}
        />
      )}
    </div>
  );
}
