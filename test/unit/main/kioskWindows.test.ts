import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

/** Stands in for Electron's BrowserWindow: records what it was built with and what it loaded. */
const made = vi.hoisted(
  () => [] as { options: unknown; loads: string[]; emit: (event: string, ...args: unknown[]) => void }[],
);

vi.mock('electron', () => {
  class FakeWindow {
    readonly loads: string[] = [];
    readonly #listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    readonly webContents = {
      on: (event: string, listener: (...args: unknown[]) => void) => this.#listen(event, listener),
      setWindowOpenHandler: () => undefined,
    };
    constructor(options: unknown) {
      made.push({ options, loads: this.loads, emit: (event, ...args) => this.#emit(event, ...args) });
    }
    #listen(event: string, listener: (...args: unknown[]) => void): void {
      this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    }
    #emit(event: string, ...args: unknown[]): void {
      for (const listener of this.#listeners.get(event) ?? []) listener(...args);
    }
    on(event: string, listener: (...args: unknown[]) => void): void {
      this.#listen(event, listener);
    }
    once(event: string, listener: (...args: unknown[]) => void): void {
      this.#listen(event, listener);
    }
    loadURL(url: string): Promise<void> {
      this.loads.push(url);
      return Promise.resolve();
    }
    isDestroyed(): boolean {
      return false;
    }
    show(): void {}
  }
  return { BrowserWindow: FakeWindow };
});

const { openKioskWindow, openPrintWindow } = await import('../../../electron/main/kioskWindows.js');
const { kioskWindowOptions } = await import('../../../electron/main/windowOptions.js');
const { receiptPrintWindowOptions } = await import('../../../electron/main/receiptPrinter.js');

beforeEach(() => {
  made.length = 0;
});

describe('where the windows are created (what electronegativity reads)', () => {
  it.each([
    { preloadPath: '/app/preload.cjs', kioskMode: true, devTools: false },
    { preloadPath: '/app/preload.cjs', kioskMode: false, devTools: true },
    { preloadPath: '/app/preload.cjs', kioskMode: false, devTools: false },
  ])('builds the kiosk window with exactly the factory’s options (%o)', (settings) => {
    openKioskWindow({ settings, rendererIndexUrl: 'app://kiosk/index.html', onClosed: () => undefined });
    expect(made).toHaveLength(1);
    expect(made[0]?.options).toEqual(kioskWindowOptions(settings));
    expect(made[0]?.loads).toEqual(['app://kiosk/index.html']);
  });

  it('reloads the kiosk page after a renderer crash', () => {
    openKioskWindow({
      settings: { preloadPath: '/p.cjs', kioskMode: true, devTools: false },
      rendererIndexUrl: 'app://kiosk/index.html',
      onClosed: () => undefined,
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    made[0]?.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(made[0]?.loads).toEqual(['app://kiosk/index.html', 'app://kiosk/index.html']);
  });

  it('builds the print window with exactly the printer’s options', () => {
    const options: BrowserWindowConstructorOptions = receiptPrintWindowOptions();
    openPrintWindow(options);
    expect(made[0]?.options).toEqual(receiptPrintWindowOptions());
  });
});
