import { describe, expect, it } from 'vitest';
import { quitAfterStop } from '../../../electron/main/quitAfterStop.js';
import type { QuittingApp } from '../../../electron/main/quitAfterStop.js';

/** An `app` stand-in that runs before-quit listeners the way Electron does, and records the end. */
function fakeApp() {
  const listeners: ((event: { preventDefault(): void }) => void)[] = [];
  const log: string[] = [];
  const app: QuittingApp & { requestQuit(): void } = {
    on(_event, listener) {
      listeners.push(listener);
      return app;
    },
    requestQuit() {
      let prevented = false;
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) });
      log.push(prevented ? 'quit-cancelled' : 'quit');
    },
    quit() {
      app.requestQuit();
    },
    exit(code) {
      log.push(`exit ${code ?? 0}`);
    },
  };
  return { app, log };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('quitting the Electron app', () => {
  it('quits only once the kiosk has stopped', async () => {
    const { app, log } = fakeApp();
    const stopping = deferred();
    let stops = 0;
    quitAfterStop(app, {
      stop: () => {
        stops++;
        log.push('stop');
        return stopping.promise;
      },
    });
    app.requestQuit();
    app.requestQuit();
    expect(log).toEqual(['stop', 'quit-cancelled', 'quit-cancelled']);
    stopping.resolve();
    await stopping.promise;
    await Promise.resolve();
    expect(log).toEqual(['stop', 'quit-cancelled', 'quit-cancelled', 'quit']);
    expect(stops).toBe(1);
  });

  it('still exits, with an error code and a report, when the stop fails', async () => {
    const { app, log } = fakeApp();
    const stopping = deferred();
    const reported: unknown[] = [];
    quitAfterStop(app, { stop: () => stopping.promise, onStopFailed: (error) => reported.push(error) });
    app.requestQuit();
    stopping.reject(new Error('disk gone'));
    await stopping.promise.catch(() => undefined);
    await Promise.resolve();
    expect(log).toEqual(['quit-cancelled', 'exit 1']);
    expect(reported).toEqual([new Error('disk gone')]);
  });
});
