import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveOrDownload } from '../../../renderer/src/screens/office/officeExport.js';
import type { ClientResponse } from '../../../renderer/src/bridge/kioskClient.js';
import type { ExportSaved } from '../../../shared/ipc/exportedFile.js';

// Issue 11: an office export is saved by the core where the host can (Electron), downloaded
// from /api/export where it cannot (the web host); staff see which, or why it failed.
interface Link {
  href: string;
  download: string;
  hidden: boolean;
  click: () => void;
  remove: () => void;
}

let clicked: { href: string; download: string }[];
let fetched: string[];
let answer: Response;

function host(kind: 'electron' | 'web') {
  vi.stubGlobal('window', { ...(kind === 'electron' ? { kiosk: {} } : {}), setTimeout: () => 0 });
}

beforeEach(() => {
  clicked = [];
  fetched = [];
  answer = new Response('\uFEFFGiờ\r\n', {
    status: 200,
    headers: { 'content-disposition': 'attachment; filename="bao-cao-ngay-2026-11-23.csv"' },
  });
  vi.stubGlobal('document', {
    createElement: (): Link => {
      const link: Link = {
        href: '',
        download: '',
        hidden: false,
        click: () => clicked.push({ href: link.href, download: link.download }),
        remove: () => undefined,
      };
      return link;
    },
    body: { append: () => undefined },
  });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return answer;
  });
  vi.stubGlobal(
    'URL',
    // A subclass, so the real URL keeps no stand-in after the test.
    class extends URL {
      static override createObjectURL = () => 'blob:report';
      static override revokeObjectURL = () => undefined;
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const request = (saved: ClientResponse<ExportSaved>) => ({
  save: async () => saved,
  download: { method: 'report.export' as const, args: { day: '2026-11-23', format: 'csv' } },
});

describe('saveOrDownload', () => {
  it('in Electron: the file the core saved, or nothing when staff cancelled the folder dialog', async () => {
    host('electron');
    await expect(
      saveOrDownload(
        request({ ok: true, value: { saved: true, file: '/media/usb/bao-cao-ngay-2026-11-23.csv' } }),
      ),
    ).resolves.toEqual({ kind: 'saved', file: '/media/usb/bao-cao-ngay-2026-11-23.csv' });
    await expect(saveOrDownload(request({ ok: true, value: { saved: false } }))).resolves.toEqual({
      kind: 'cancelled',
    });
    expect(fetched).toEqual([]);
  });

  it('on the web host: downloads from /api/export under the file name the host gave', async () => {
    host('web');
    await expect(saveOrDownload(request({ ok: true, value: { saved: false } }))).resolves.toEqual({
      kind: 'downloaded',
      fileName: 'bao-cao-ngay-2026-11-23.csv',
    });
    expect(fetched).toEqual([
      `/api/export?method=report.export&args=${encodeURIComponent('{"day":"2026-11-23","format":"csv"}')}`,
    ]);
    expect(clicked).toEqual([{ href: 'blob:report', download: 'bao-cao-ngay-2026-11-23.csv' }]);
  });

  it('says a refusal in the core’s own terms, and downloads nothing', async () => {
    host('web');
    answer = Response.json(
      { code: 'STAFF_REQUIRED', message: 'A staff member must be signed in.' },
      { status: 403 },
    );
    await expect(saveOrDownload(request({ ok: true, value: { saved: false } }))).resolves.toEqual({
      kind: 'failed',
      error: { code: 'STAFF_REQUIRED', message: 'A staff member must be signed in.' },
    });
    answer = new Response('<html>proxy</html>', { status: 502 });
    await expect(saveOrDownload(request({ ok: true, value: { saved: false } }))).resolves.toMatchObject({
      kind: 'failed',
      error: { code: 'BAD_RESPONSE' },
    });
    answer = new Response('', { status: 401 });
    await expect(saveOrDownload(request({ ok: true, value: { saved: false } }))).resolves.toMatchObject({
      kind: 'failed',
      error: { code: 'KIOSK_ACCESS_DENIED' },
    });
    expect(clicked).toEqual([]);
  });

  it('passes on the core’s refusal to save', async () => {
    host('electron');
    const refused = {
      code: 'REPORT_DAY_NOT_AVAILABLE',
      message: 'x',
      details: { day: '2099-01-01', latestDay: '2026-11-23' },
    } as const;
    await expect(saveOrDownload(request({ ok: false, error: refused }))).resolves.toEqual({
      kind: 'failed',
      error: refused,
    });
  });
});
