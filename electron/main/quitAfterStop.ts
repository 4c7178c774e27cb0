/** The part of Electron's `app` that quitting needs; the real `app` satisfies it. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
  exit(code?: number): void;
}

export interface QuitAfterStopOptions {
  /** Stops the kiosk: the journal's last flush, the sync engine, the data-folder lock. */
  stop: () => Promise<void>;
  /** Reports a stop that failed; the app still exits, with a non-zero code. */
  onStopFailed?: (error: unknown) => void;
}

/**
 * Holds Electron's quit until the kiosk has stopped. Electron does not wait for a promise
 * returned from `before-quit`, so the first quit is cancelled, the kiosk is stopped, and the app
 * then quits for real; a second `before-quit` during the stop is cancelled too, so the store is
 * never left half-closed.
 */
export function quitAfterStop(app: QuittingApp, options: QuitAfterStopOptions): void {
  let phase: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (phase === 'stopped') return;
    event.preventDefault();
    if (phase === 'stopping') return;
    phase = 'stopping';
    options.stop().then(
      () => {
        phase = 'stopped';
        app.quit();
      },
      (error: unknown) => {
        phase = 'stopped';
        options.onStopFailed?.(error);
        app.exit(1);
      },
    );
  });
}
