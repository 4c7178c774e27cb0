import type { OfficePage } from '../../../shared/i18n/officeWords.js';
import type { ChangeReceipt, SessionSummary } from '../../../shared/ipc/contract.js';
import type { SessionEndReason } from '../../../shared/ipc/sessionContract.js';
import type { StaffIdentity } from '../../../shared/ipc/staffContract.js';
import type { CardFacts } from './identifyFlow';

/**
 * What the citizen came to do; it picks the screen after identification. `account`: a card
 * scanned on Welcome, before any task was chosen, leads to the account's overview.
 */
export type Intent = 'devices' | 'unlink' | 'unlock' | 'account';

/** The screens that show a citizen's account carry that citizen: none can be built without one. */
export type CitizenRoute =
  | { screen: 'account'; citizen: SessionSummary }
  | { screen: 'devices'; citizen: SessionSummary }
  | { screen: 'receipt'; citizen: SessionSummary; receipt: ChangeReceipt; deviceName: string };

export type Route =
  | { screen: 'welcome' }
  /** `card`: scanned on Welcome, so identification opens at its check. */
  | { screen: 'identify'; intent: Intent; card?: CardFacts }
  /** `reference`: scanned from a slip where a card was expected, looked up on arrival. */
  | { screen: 'lookup'; reference?: string }
  | { screen: 'guide' }
  | { screen: 'staff-sign-in' }
  | { screen: 'wiped' }
  /** A page of the staff bar's "Quản trị" menu; only while a staff member is signed in. */
  | { screen: 'office'; page: OfficePage }
  | CitizenRoute;

export interface KioskState {
  route: Route;
  staff: StaffIdentity | null;
  /** The screens are keyed by it: a new value drops every piece of their state at once. */
  generation: number;
}

/** The same words as the core's `session.ended` reasons. */
export type WipeReason = SessionEndReason;

/**
 * Who decided the wipe: this screen (a button, its own countdown), or the core (its event for
 * a session that it ended), whose event may arrive after the screen moved on.
 */
export type WipeOrigin = 'screen' | 'core';

export interface WipeRequest {
  reason: WipeReason;
  origin: WipeOrigin;
}

export type KioskAction =
  | { type: 'open'; screen: 'lookup' | 'guide' | 'staff-sign-in' }
  | { type: 'home' }
  | { type: 'office'; page: OfficePage }
  | { type: 'identify'; intent: Intent; card?: CardFacts }
  /** "Không phải, nhập lại": the card scanned on Welcome is not the citizen's. */
  | { type: 'card-dropped' }
  | { type: 'lookup-reference'; reference: string }
  | { type: 'verified'; citizen: SessionSummary }
  | { type: 'show-account' }
  | { type: 'show-devices' }
  | { type: 'changed'; receipt: ChangeReceipt; deviceName: string }
  | { type: 'staff-signed-in'; staff: StaffIdentity }
  | { type: 'staff-known'; staff: StaffIdentity | null }
  | ({ type: 'wipe' } & WipeRequest);

/** What a wipe does beyond the state: the parts that live outside the renderer's reducer. */
export interface WipePlan {
  next: KioskState;
  /** The citizen's language choice goes with them: back to Vietnamese. */
  resetLanguage: boolean;
  /** Tell the core to drop its session (token, account, devices shown). */
  endCoreSession: boolean;
  /** Tell the core the staff member is gone too. */
  signOutStaff: boolean;
}

export const initialKioskState: KioskState = { route: { screen: 'welcome' }, staff: null, generation: 0 };

export function isCitizenRoute(route: Route): route is CitizenRoute {
  return route.screen === 'account' || route.screen === 'devices' || route.screen === 'receipt';
}

/** The citizen this screen shows, if any. */
export function citizenOf(state: KioskState): SessionSummary | undefined {
  return isCitizenRoute(state.route) ? state.route.citizen : undefined;
}

/**
 * The one way a citizen's traces leave the screen. A wipe the core reports touches only a
 * citizen still shown: its event for a session the screen already ended (Kết thúc) may arrive
 * while the next person has started, and must not touch them.
 */
export function planWipe(state: KioskState, { reason, origin }: WipeRequest): WipePlan {
  // The screen's own countdown means nobody is at the kiosk: staff included.
  const staffLeaves = reason === 'staff-signed-out' || (origin === 'screen' && reason === 'idle');
  const staff = staffLeaves ? null : state.staff;
  const signOutStaff = origin === 'screen' && staffLeaves && state.staff !== null;
  if (origin === 'core' && !isCitizenRoute(state.route)) {
    const next = withoutOffice({ ...state, staff });
    return { next, resetLanguage: false, endCoreSession: false, signOutStaff };
  }
  // A wipe the person asked for leads home; one that happened to them says so first.
  const asked = reason === 'ended' || (origin === 'screen' && reason === 'staff-signed-out');
  const route: Route =
    asked || state.route.screen === 'welcome' ? { screen: 'welcome' } : { screen: 'wiped' };
  return {
    next: { route, staff, generation: state.generation + 1 },
    resetLanguage: true,
    endCoreSession: origin === 'screen',
    signOutStaff,
  };
}

/** The office pages are staff's: once nobody is signed in, they give way to Welcome. */
function withoutOffice(state: KioskState): KioskState {
  return state.staff === null && state.route.screen === 'office'
    ? { ...state, route: { screen: 'welcome' }, generation: state.generation + 1 }
    : state;
}

/**
 * The kiosk's screens and the citizen's lifecycle. A transition that makes no sense from the
 * current screen (an answer that arrives after a wipe, a tap on a screen already gone) is
 * refused by returning the state unchanged.
 */
export function kioskReducer(state: KioskState, action: KioskAction): KioskState {
  const { route } = state;
  switch (action.type) {
    case 'open':
      return route.screen === 'welcome' ? { ...state, route: { screen: action.screen } } : state;
    case 'office':
      // Never over a citizen's screen: their account is not left open behind the office pages.
      // Which pages a role may open is the core's rule; the menu only hides what would be refused.
      return state.staff !== null && !isCitizenRoute(route) && route.screen !== 'staff-sign-in'
        ? { ...state, route: { screen: 'office', page: action.page } }
        : state;
    case 'home':
      // A citizen's screen is left only by a wipe, never by walking away from it.
      return isCitizenRoute(route) || route.screen === 'welcome'
        ? state
        : { ...state, route: { screen: 'welcome' } };
    case 'identify': {
      if (route.screen !== 'welcome' && route.screen !== 'guide') return state;
      const { intent, card } = action;
      return {
        ...state,
        route: card === undefined ? { screen: 'identify', intent } : { screen: 'identify', intent, card },
      };
    }
    case 'card-dropped':
      // The route must not keep, for as long as the screen is open, what the screen dropped.
      return route.screen === 'identify' && route.card !== undefined
        ? { ...state, route: { screen: 'identify', intent: route.intent } }
        : state;
    case 'lookup-reference':
      // Whatever was typed on the identify steps is dropped with the screen.
      return route.screen === 'welcome' || route.screen === 'identify'
        ? { ...state, route: { screen: 'lookup', reference: action.reference } }
        : state;
    case 'verified':
      if (route.screen !== 'identify') return state;
      return {
        ...state,
        route: {
          screen: route.intent === 'unlock' || route.intent === 'account' ? 'account' : 'devices',
          citizen: action.citizen,
        },
      };
    case 'show-account':
      return route.screen === 'devices' || route.screen === 'receipt'
        ? { ...state, route: { screen: 'account', citizen: route.citizen } }
        : state;
    case 'show-devices':
      return route.screen === 'account' || route.screen === 'receipt'
        ? { ...state, route: { screen: 'devices', citizen: route.citizen } }
        : state;
    case 'changed':
      return route.screen === 'account' || route.screen === 'devices'
        ? {
            ...state,
            route: {
              screen: 'receipt',
              citizen: route.citizen,
              receipt: action.receipt,
              deviceName: action.deviceName,
            },
          }
        : state;
    case 'staff-signed-in':
      // Assisted mode starts on a fresh Welcome.
      return route.screen === 'staff-sign-in'
        ? { route: { screen: 'welcome' }, staff: action.staff, generation: state.generation + 1 }
        : state;
    case 'staff-known':
      return withoutOffice({ ...state, staff: action.staff });
    case 'wipe':
      return planWipe(state, action).next;
  }
}
