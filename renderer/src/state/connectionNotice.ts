import type { ConnectionState } from '../../../shared/domain/connection.js';
import type { IdentifyState } from './identifyFlow';
import type { Intent, Route } from './kioskState';

/**
 * Who says "offline", and where (issue 12 §3): one message at a time, never a banner on top of
 * a screen that says it in its own words.
 * - `unknown` says nothing: a kiosk that just started has not heard from the national system yet.
 * - Alone at the kiosk, Welcome says it itself, at once, and the identify steps say it when a
 *   check or a code finds the system unreachable; other screens keep the banner.
 * - With staff signed in, changes are queued and sent later: the banner says so on every screen.
 */
export type OfflineNotice = 'none' | 'banner' | 'screen';

export function offlineNoticeFor(
  connection: ConnectionState,
  screen: Route['screen'],
  assisted: boolean,
): OfflineNotice {
  if (connection !== 'offline') return 'none';
  if (assisted) return 'banner';
  return screen === 'welcome' || screen === 'identify' ? 'screen' : 'banner';
}

/**
 * Whether a citizen alone may start identifying for this task now. Every task that starts with
 * identification needs the national system (the passcode, the SMS code and the account all come
 * from it), so while it is known to be unreachable the citizen hears so before typing anything.
 * While `unknown` the tap goes ahead: the first probe answers within a second or two, long
 * before the ID number is typed, and a check that then fails says so itself.
 */
export function canStartIdentify(connection: ConnectionState, assisted: boolean): boolean {
  return assisted || connection !== 'offline';
}

/** The Welcome tasks that need the national system; the request lookup and the guide do not. */
export const tasksNeedingConnection: readonly Intent[] = ['devices', 'unlink', 'unlock'];

/**
 * On the SMS step, whether the national system was found unreachable: the code could not be
 * sent (`send`) or the code typed could not be checked (`check`). Then the step shows that one
 * message and "Quay lại": no pad to type a code that cannot come, no "Gửi lại mã".
 */
export function otpUnreachable(
  state: Pick<IdentifyState, 'step' | 'otp' | 'problem'>,
): 'send' | 'check' | undefined {
  if (state.step !== 'otp') return undefined;
  if (state.otp?.kind === 'failed' && state.otp.code === 'OFFLINE') return 'send';
  if (state.problem?.kind === 'refused' && state.problem.code === 'OFFLINE') return 'check';
  return undefined;
}
