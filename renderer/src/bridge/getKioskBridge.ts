import type { KioskBridge, KioskEventName, KioskMethod, MethodArgs } from '../../../shared/ipc/contract.js';
import { createKioskClient } from './createKioskClient';
import type { KioskClient } from './kioskClient';
import type { RawBridge } from './rawBridge';
import { createWebBridge } from './webBridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the web host serves the page. */
    readonly kiosk?: KioskBridge;
  }
}

let client: KioskClient | undefined;

/** The one way the screens reach the core, whichever host runs them. */
export function getKioskBridge(): KioskClient {
  client ??= createKioskClient(window.kiosk ? fromPreload(window.kiosk) : createWebBridge());
  return client;
}

function fromPreload(bridge: KioskBridge): RawBridge {
  return {
    invoke: (method, args) => bridge.invoke(method as KioskMethod, args as MethodArgs<KioskMethod>),
    on: (event, listener) => bridge.on(event as KioskEventName, listener),
  };
}
