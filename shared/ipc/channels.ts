/**
 * Electron IPC channel names. Kept free of imports: the sandboxed preload is bundled with
 * only this file, and a zod import here would ship the whole schema library into it.
 */
export const ipcChannels = { invoke: 'kiosk:invoke', event: 'kiosk:event' } as const;
