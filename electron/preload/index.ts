import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { ipcChannels } from '../../shared/ipc/channels.js';
import type { KioskBridge } from '../../shared/ipc/contract.js';

/**
 * The whole surface the renderer gets: invoke a named method, listen to a named event. No
 * ipcRenderer, no Node, no generic send: the main process validates everything that comes in.
 */
const bridge: KioskBridge = {
  invoke: (method, args) => ipcRenderer.invoke(ipcChannels.invoke, method, args),
  on(event, listener) {
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(ipcChannels.event, forward);
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('kiosk', bridge);
