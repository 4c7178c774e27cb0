import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import type { ReceiptPrinter } from '../core/receipts/ReceiptPrinter.js';
import { lockedWebPreferences } from './windowOptions.js';

/** The little of a BrowserWindow printing needs: a seam, so the steps can be tested without Electron. */
export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  print(options: WebContentsPrintOptions): Promise<{ success: boolean; failureReason?: string }>;
  destroy(): void;
}

export interface ElectronReceiptPrinterOptions {
  openWindow: (options: BrowserWindowConstructorOptions) => PrintWindow;
  /** Where the PDF is written for the window to load (Electron's temp folder). */
  tempDir: string;
  /** A named printer; the system default when absent (KIOSK_PRINTER). */
  deviceName?: string;
  /** Time for Chromium's PDF viewer to lay the pages out after loading, before printing. */
  settleMs?: number;
}

/**
 * A hidden window locked like the kiosk window (the same `lockedWebPreferences`), with no preload
 * and no DevTools: it shows only the receipt PDF, through Chromium's PDF viewer (`plugins`, the
 * one difference), and nothing in it can reach the kiosk. It stays on `file://`: the PDF is a
 * private temp file outside the renderer build, which `app://` never serves, and with the
 * GrantFileProtocolExtraPrivileges fuse off a `file://` page has no more than a browser gives.
 */
export function receiptPrintWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 400,
    height: 800,
    webPreferences: {
      ...lockedWebPreferences,
      plugins: true,
      devTools: false,
    },
  };
}

/**
 * Prints a receipt at the kiosk's printer without a dialog: a lobby kiosk has nobody to answer
 * one. The PDF exists on disk only while it prints, in a folder only this user can read.
 */
export function createElectronReceiptPrinter(options: ElectronReceiptPrinterOptions): ReceiptPrinter {
  return {
    async print({ pdf, fileName }) {
      const dir = await mkdtemp(join(options.tempDir, 'kiosk-receipt-'));
      const window = options.openWindow(receiptPrintWindowOptions());
      try {
        const path = join(dir, basename(fileName));
        await writeFile(path, pdf, { mode: 0o600 });
        await window.loadFile(path);
        await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 500));
        const result = await window.print({
          silent: true,
          printBackground: true,
          ...(options.deviceName === undefined ? {} : { deviceName: options.deviceName }),
        });
        if (!result.success)
          console.warn(`kiosk: the receipt was not printed (${result.failureReason ?? 'unknown'})`);
        return result.success;
      } finally {
        window.destroy();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
