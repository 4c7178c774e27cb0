import type { Page } from '@playwright/test';
import type { CardQrRecord } from '../../shared/card/cardQr.js';
import { PEOPLE } from './kioskPage.js';

/*
 * A handheld 2D scanner in keyboard-wedge mode, as the kiosk hears it: one key press per
 * character, then Enter. Most wedge scanners cannot type Vietnamese letters, so the text is
 * folded to ASCII first ("Nữ" arrives as "Nu"). Never `keyboard.type`: it inserts non-ASCII
 * text without key events, so a test with it could pass where a real scanner fails.
 */

/** The text as a wedge scanner that knows only ASCII types it. */
export function foldToAscii(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

export async function scanWithWedge(page: Page, text: string): Promise<void> {
  // A screen listens from its first effects on, one frame after it shows: a person lifting the
  // scanner is never that fast, a test is. Shift first, as many wedge scanners send it: the
  // page's switch to keyboard focus rings then happens before the code, not inside it, where
  // on a busy test machine it could stretch the first gap past what a scanner ever takes.
  await page.keyboard.press('Shift');
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
  for (const character of foldToAscii(text)) await page.keyboard.press(character);
  await page.keyboard.press('Enter');
}

/** The demo citizens' cards (DESIGN §9): the number and the date of birth match the demo data. */
export const CARDS = {
  an: {
    idNumber: PEOPLE.an.idNumber,
    fullName: PEOPLE.an.name,
    dateOfBirth: '1990-05-12',
    gender: 'male',
    address: 'Số 12 Hàng Bài, phường Hoàn Kiếm, Hà Nội',
    issuedOn: '2021-04-10',
  },
  binh: {
    idNumber: PEOPLE.binh.idNumber,
    fullName: PEOPLE.binh.name,
    dateOfBirth: '1995-08-03',
    gender: 'female',
    address: 'Thôn Đông, xã Cẩm Xuyên, Hà Tĩnh',
    issuedOn: '2022-09-15',
  },
} as const satisfies Record<string, CardQrRecord>;
