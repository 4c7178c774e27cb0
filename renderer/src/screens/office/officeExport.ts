import { KioskErrorShape } from '../../../../shared/ipc/errors.js';
import { exportUrl } from '../../../../shared/ipc/exportContract.js';
import type { ExportMethod } from '../../../../shared/ipc/exportContract.js';
import type { ExportSaved } from '../../../../shared/ipc/exportedFile.js';
import type { ClientError, ClientResponse } from '../../bridge/kioskClient';

/** How an office export ended, for the page to say in words. */
export type ExportOutcome =
  | { kind: 'saved'; file: string }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: ClientError };

interface OfficeExportRequest {
  /** Asks the core to save the file where staff pick (Electron); `{ saved: false }` elsewhere. */
  save: () => Promise<ClientResponse<ExportSaved>>;
  /** The same file as `/api/export` serves it, for the web host. */
  download: { method: ExportMethod; args: unknown };
}

/**
 * Whether this page runs in the Electron shell, which saves into a folder and prints; the web
 * host's page (no preload, so no `window.kiosk`) downloads instead, and its browser prints.
 */
export function hostSavesAndPrints(): boolean {
  return window.kiosk !== undefined;
}

function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([\w.-]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

async function errorOf(response: Response): Promise<ClientError> {
  if (response.status === 401)
    return { code: 'KIOSK_ACCESS_DENIED', message: 'The kiosk session was refused.' };
  // The core's own error, checked against the contract like every answer; anything else is not trusted.
  const body = KioskErrorShape.safeParse(await response.json().catch(() => undefined));
  if (body.success) return body.data;
  return { code: 'BAD_RESPONSE', message: `The export answered ${response.status}.` };
}

/**
 * Downloads from `/api/export` (same origin: the session cookie goes with it). Fetched first,
 * rather than navigated to, so a refusal (signed out meanwhile, a day no longer kept) is said on
 * the page instead of becoming a broken file in the downloads.
 */
async function download(method: ExportMethod, args: unknown): Promise<ExportOutcome> {
  let response: Response;
  try {
    response = await fetch(exportUrl(method, args), { credentials: 'same-origin' });
  } catch {
    return {
      kind: 'failed',
      error: { code: 'KIOSK_UNREACHABLE', message: 'The kiosk could not be reached.' },
    };
  }
  if (!response.ok) return { kind: 'failed', error: await errorOf(response) };
  const fileName = fileNameOf(response.headers.get('content-disposition'), `${method}.bin`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the bytes once the click is handled; a minute is ample.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'downloaded', fileName };
}

/**
 * An office export (the day report, the audit log) for either host: saved by the core into a
 * folder staff pick where the host can (Electron), downloaded from `/api/export` where it cannot
 * (the web host). In Electron `{ saved: false }` means staff cancelled the folder dialog.
 */
export async function saveOrDownload(request: OfficeExportRequest): Promise<ExportOutcome> {
  const saved = await request.save();
  if (!saved.ok) return { kind: 'failed', error: saved.error };
  if (saved.value.saved) return { kind: 'saved', file: saved.value.file };
  if (hostSavesAndPrints()) return { kind: 'cancelled' };
  return download(request.download.method, request.download.args);
}
