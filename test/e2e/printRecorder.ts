import type { Page } from '@playwright/test';
import { referenceForChange } from '../../shared/domain/reference.js';
import { expect } from './kioskPage.js';

/** One `print()` the kiosk page started: which window printed, and what it held. */
export interface PrintCall {
  /** `frame`: a frame of the kiosk page; `page`: the kiosk page itself. */
  printed: 'frame' | 'page';
  /** The frame's `src` as the page set it. */
  src?: string;
  /** The frame's own origin is the page's (reading its location did not throw). */
  sameOrigin?: boolean;
  /** What the frame held when it printed: its address and its document's type. */
  href?: string;
  contentType?: string;
}

/**
 * Headless Chromium has no PDF viewer and no printer, so a test cannot see the slip come out:
 * it sees the print call itself. Before the page loads, `print` is replaced, in the page and in
 * every window a frame of the page hands out, by a recorder of who printed what. Set it up
 * before `openKiosk`. (A string, because the test tsconfig has no DOM types.)
 */
export async function recordPrinting(page: Page): Promise<void> {
  await page.addInitScript(`(() => {
    if (window !== window.top) return;
    const calls = [];
    Object.defineProperty(window, '__kioskPrintCalls', { value: calls });
    window.print = () => { calls.push({ printed: 'page' }); };
    const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get() {
        const frameWindow = contentWindow.get.call(this);
        if (frameWindow === null) return frameWindow;
        const src = this.getAttribute('src') ?? '';
        try {
          const sameOrigin = frameWindow.location.origin === window.location.origin;
          frameWindow.print = () => {
            const { href } = frameWindow.location;
            calls.push({ printed: 'frame', src, sameOrigin, href, contentType: frameWindow.document.contentType });
          };
        } catch {
          // Another origin's window: its print cannot be replaced, so record the attempt here.
          return new Proxy(frameWindow, {
            get: (target, key) => key === 'print'
              ? () => calls.push({ printed: 'frame', src, sameOrigin: false })
              : Reflect.get(target, key),
          });
        }
        return frameWindow;
      },
    });
  })()`);
}

export async function printCalls(page: Page): Promise<PrintCall[]> {
  return (await page.evaluate('window.__kioskPrintCalls')) as PrintCall[];
}

/**
 * Taps a print button and checks what the web host must do: the slip of the request with this
 * `reference` printed from a same-origin frame of the kiosk page, no second window or tab,
 * "Đã gửi lệnh in" said.
 */
export async function expectPrintedInPlace(page: Page, button: string, reference: string): Promise<void> {
  const before = (await printCalls(page)).length;
  const opened: string[] = [];
  const onPage = (other: Page) => opened.push(other.url());
  page.context().on('page', onPage);
  page.on('popup', onPage);
  try {
    await page.getByRole('button', { name: button }).tap();
    await expect(page.getByText('Đã gửi lệnh in.', { exact: false })).toBeVisible();
    const calls = (await printCalls(page)).slice(before);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    // The frame held the slip's PDF, from the kiosk's own origin, when it printed.
    expect(call).toMatchObject({ printed: 'frame', sameOrigin: true, contentType: 'application/pdf' });
    expect(call?.href).toBe(new URL(call?.src ?? '', page.url()).href);
    const src = /^\/api\/receipt\.pdf\?changeId=([0-9a-f-]{36})&language=vi$/.exec(call?.src ?? '');
    expect(src, call?.src).not.toBeNull();
    // The slip of this request: its reference is derived from the change's id.
    expect(referenceForChange(src?.[1] ?? '')).toBe(reference);
    // The frame is the page's own, unseen, and nothing else opened.
    await expect(page.locator('iframe.print-receipt__frame')).toBeHidden();
    expect(page.context().pages()).toEqual([page]);
    expect(opened).toEqual([]);
  } finally {
    page.context().off('page', onPage);
    page.off('popup', onPage);
  }
}
