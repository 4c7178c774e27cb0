import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcChannels } from '../../shared/ipc/channels.js';
import type { InvokeResponse } from '../../shared/ipc/errors.js';
import type { KioskCore } from '../core/createKioskCore.js';
import { isOwnPage } from './contentSecurity.js';

/**
 * One channel into the handler table. Only the kiosk window's own top frame may call it: a
 * frame that somehow loaded other content gets a refusal, not the core.
 */
export function wireKioskIpc(
  ipcMain: IpcMain,
  core: Pick<KioskCore, 'handlers' | 'events'>,
  kioskContents: () => WebContents | undefined,
  rendererIndexUrl: string,
): () => void {
  ipcMain.handle(ipcChannels.invoke, (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frame = event.senderFrame;
    const trusted =
      event.sender === kioskContents() &&
      frame !== null &&
      frame.parent === null &&
      isOwnPage(frame.url, rendererIndexUrl);
    if (!trusted) {
      const refusal: InvokeResponse<never> = {
        ok: false,
        error: { code: 'UNKNOWN_METHOD', message: 'Calls are accepted only from the kiosk page.' },
      };
      return refusal;
    }
    return core.handlers.invoke(method, args);
  });
  const unsubscribe = core.events.subscribe((event, payload) => {
    const contents = kioskContents();
    if (contents !== undefined && !contents.isDestroyed()) contents.send(ipcChannels.event, event, payload);
  });
  return () => {
    ipcMain.removeHandler(ipcChannels.invoke);
    unsubscribe();
  };
}
