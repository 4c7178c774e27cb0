import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { layoutFindings } from './layoutRules.js';
import type { Box, LayoutMeasures } from './layoutRules.js';

/*
 * The browser's side of the layout check (issue 12 §2): it measures the page as shown, at
 * its current size and scroll position, and layoutRules.ts judges. The test tsconfig has no
 * DOM types, so the few DOM members used are named here; the function runs in the page.
 */
interface PageStyle {
  overflowX: string;
  overflowY: string;
}

interface PageElement {
  tagName: string;
  className: unknown;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box & { width: number; height: number };
  checkVisibility(options: { visibilityProperty: boolean }): boolean;
  contains(other: PageElement | null): boolean;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

interface PageWindow {
  document: PageElement & {
    documentElement: PageElement;
    elementFromPoint(x: number, y: number): PageElement | null;
  };
  getComputedStyle(element: PageElement): PageStyle;
}

function measureLayout(): LayoutMeasures {
  const { document, getComputedStyle } = globalThis as unknown as PageWindow;
  const describe = (element: PageElement): string => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const className = typeof element.className === 'string' ? element.className.trim() : '';
    const shortText = text.length > 60 ? `${text.slice(0, 57)}…` : text;
    return `"${shortText}" <${element.tagName.toLowerCase()}${className === '' ? '' : ` class="${className}"`}>`;
  };
  // The visually-hidden pattern (1 px, clipped) is for screen readers, not eyes.
  const seen = (element: PageElement): boolean => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility({ visibilityProperty: true }) && box.width > 1 && box.height > 1;
  };

  // An open modal dialog is the screen: what is behind it is inert and under its backdrop.
  const modals = Array.from(document.querySelectorAll('dialog[open]')).filter((dialog) => seen(dialog));
  const scope = modals.at(-1) ?? document;
  const actions = Array.from(scope.querySelectorAll('[data-action]'))
    .filter(seen)
    .map((element) => {
      const rect = element.getBoundingClientRect();
      const box = { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      const mine = hit !== null && (hit === element || element.contains(hit));
      return {
        action: element.getAttribute('data-action') ?? '',
        label: describe(element),
        box,
        coveredBy: mine ? null : hit === null ? 'nothing (outside the page)' : describe(hit),
      };
    });

  const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
  const overflows = Array.from(document.querySelectorAll('body *'))
    .filter((element) => {
      const style = getComputedStyle(element);
      return (hides(style.overflowX) || hides(style.overflowY)) && (element.textContent ?? '').trim() !== '';
    })
    .filter(seen)
    .map((element) => {
      const style = getComputedStyle(element);
      return {
        label: describe(element),
        hidesX: hides(style.overflowX),
        hidesY: hides(style.overflowY),
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
        scrollHeight: element.scrollHeight,
        clientHeight: element.clientHeight,
      };
    });

  const root = document.documentElement;
  return { viewport: { width: root.clientWidth, height: root.clientHeight }, actions, overflows };
}

/**
 * The screen as shown keeps its marked actions (`data-action="primary"` / `"back"`) wholly in
 * the viewport and uncovered, and cuts no text off inside a box that hides its overflow.
 * `where` names the screen in a failure.
 */
export async function expectActionsVisibleAndNothingClipped(
  page: Page,
  where = 'this screen',
): Promise<void> {
  // The bundled font decides where lines wrap. No animation frame is awaited: a test may have
  // installed Playwright's fake clock, which holds frames back; reading the layout forces it.
  await page.evaluate('document.fonts.ready.then(() => true)');
  const measures = await page.evaluate(measureLayout);
  expect(layoutFindings(measures), `layout of ${where}`).toEqual([]);
}
