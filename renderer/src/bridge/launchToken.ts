const storageKey = 'kiosk.launchToken';

/**
 * The web host opens the page at `/#token=…`. The token is moved out of the address bar at
 * once (it must not linger in history or be read over a shoulder) and kept in sessionStorage,
 * which survives a reload of this tab but not a new launch.
 */
export function takeLaunchToken(): string | undefined {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    try {
      window.sessionStorage.setItem(storageKey, fromHash);
    } catch {
      // Storage can be disabled; the token still works until the next reload.
    }
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + search);
    return fromHash;
  }
  try {
    return window.sessionStorage.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}
