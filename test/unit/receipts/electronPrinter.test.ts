import { readFile, stat } from 'node:fs/promises';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, WebContentsPrintOptions } from 'electron';
import {
  createElectronReceiptPrinter,
  receiptPrintWindowOptions,
} from '../../../electron/main/receiptPrinter.js';
import type { PrintWindow } from '../../../electron/main/receiptPrinter.js';

let tempDir: string;
beforeEach(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'kiosk-print-'));
});
afterEach(async () => {
  await rm(tempDir, { recursive: true, force: true });
});

function fakeWindow(answer: { success: boolean; failureReason?: string }) {
  const seen: {
    options?: BrowserWindowConstructorOptions;
    loaded?: { path: string; bytes: Buffer; mode: number };
    printOptions?: WebContentsPrintOptions;
    destroyed: boolean;
  } = { destroyed: false };
  const openWindow = (options: BrowserWindowConstructorOptions): PrintWindow => {
    seen.options = options;
    return {
      async loadFile(path) {
        seen.loaded = { path, bytes: await readFile(path), mode: (await stat(path)).mode & 0o777 };
      },
      async print(printOptions) {
        seen.printOptions = printOptions;
        return answer;
      },
      destroy() {
        seen.destroyed = true;
      },
    };
  };
  return { seen, openWindow };
}

const pdf = Buffer.from('%PDF-1.3 receipt');

describe('the Electron receipt printer', () => {
  it('loads the PDF from a private temp file in a hidden sandboxed window and prints it silently', async () => {
    const { seen, openWindow } = fakeWindow({ success: true });
    const printer = createElectronReceiptPrinter({
      openWindow,
      tempDir,
      settleMs: 0,
      deviceName: 'EPSON TM-T82',
    });
    expect(await printer.print({ pdf, fileName: 'bien-nhan-3B241-101E2.pdf' })).toBe(true);
    expect(seen.options).toEqual(receiptPrintWindowOptions());
    expect(seen.options?.show).toBe(false);
    expect(seen.options?.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(seen.options?.webPreferences?.preload).toBeUndefined();
    expect(seen.loaded?.bytes).toEqual(pdf);
    expect(seen.loaded?.path.endsWith('bien-nhan-3B241-101E2.pdf')).toBe(true);
    expect(seen.loaded?.mode).toBe(0o600);
    expect(seen.printOptions).toEqual({ silent: true, printBackground: true, deviceName: 'EPSON TM-T82' });
    // Nothing of the receipt is left behind.
    expect(seen.destroyed).toBe(true);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('says false when the printer does not take the job, and still cleans up', async () => {
    const { seen, openWindow } = fakeWindow({ success: false, failureReason: 'cancelled' });
    const printer = createElectronReceiptPrinter({ openWindow, tempDir, settleMs: 0 });
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      expect(await printer.print({ pdf, fileName: 'r.pdf' })).toBe(false);
    } finally {
      console.warn = warn;
    }
    expect(seen.printOptions).toEqual({ silent: true, printBackground: true });
    expect(seen.destroyed).toBe(true);
    expect(await readdir(tempDir)).toEqual([]);
  });

  it('keeps a file name from escaping the temp folder', async () => {
    const { seen, openWindow } = fakeWindow({ success: true });
    const printer = createElectronReceiptPrinter({ openWindow, tempDir, settleMs: 0 });
    await printer.print({ pdf, fileName: '../../etc/evil.pdf' });
    expect(seen.loaded?.path.startsWith(tempDir)).toBe(true);
    expect(seen.loaded?.path.endsWith('/evil.pdf')).toBe(true);
  });
});
