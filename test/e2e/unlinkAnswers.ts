import type { Page, Route } from '@playwright/test';
import type { ChangeState } from '../../shared/domain/change.js';
import { referenceForChange } from '../../shared/domain/reference.js';
import type { ChangeReceipt } from '../../shared/ipc/contract.js';

/*
 * The Done screen must tell the truth when the national system has not (yet) applied an
 * unlink. The embedded reference service has no fault switches yet, so these helpers replace
 * only the answer to `device.unlink` (and the event stream): sign-in and the device list stay
 * real, and the unlink never reaches the core, so the demo data is unchanged.
 */

const changeId = '6f1c2b7e-4a9d-4e21-9c3b-2d5e8f0a7b14';
export const fakeReference = referenceForChange(changeId);

export function fakeReceipt(state: ChangeState, outcomeCode?: string): ChangeReceipt {
  return {
    changeId,
    reference: fakeReference,
    kind: 'unlink-device',
    state,
    ...(outcomeCode === undefined ? {} : { outcomeCode }),
    acceptedAt: new Date().toISOString(),
  };
}

/** Lets every call through to the real core except `device.unlink`, which gets `answer`. */
export async function answerUnlinkWith(page: Page, answer: ChangeReceipt): Promise<void> {
  await page.route('**/api/invoke', async (route: Route) => {
    const body = route.request().postDataJSON() as { method?: string };
    if (body.method !== 'device.unlink') return route.fallback();
    return route.fulfill({ json: { ok: true, value: answer } });
  });
}

/**
 * Holds the event stream until `release` is called, then pushes one `change.updated`, as the
 * core does when a queued change is finally sent.
 */
export async function pushChangeUpdateLater(page: Page, update: ChangeReceipt): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/events**', async (route) => {
    await released;
    await route.fulfill({
      headers: { 'Content-Type': 'text/event-stream' },
      body: `event: change.updated\ndata: ${JSON.stringify(update)}\n\n`,
    });
  });
  return release;
}
