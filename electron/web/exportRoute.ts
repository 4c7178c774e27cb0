import type { ServerResponse } from 'node:http';
import { ExportedFile } from '../../shared/ipc/exportedFile.js';
import { isExportMethod } from '../../shared/ipc/exportContract.js';
import type { KioskCore } from '../core/createKioskCore.js';
import { sendJson } from './apiRoutes.js';

export { EXPORT_PATH } from '../../shared/ipc/exportContract.js';

const statusOf: Readonly<Record<string, number>> = {
  BAD_ARGUMENTS: 400,
  STAFF_REQUIRED: 403,
  SUPERVISOR_REQUIRED: 403,
  INTERNAL: 500,
};

/**
 * `GET /api/export?method=<method>&args=<JSON>`: an office export (the day report's PDF or CSV,
 * later the audit log's CSV) as a download, for the web host, which cannot save into a folder.
 * Only the methods of `exportMethods` are called, through the handler table, so the method's
 * own rules (staff only) decide who may have the file; the session cookie was checked before.
 */
export async function handleExport(
  core: Pick<KioskCore, 'handlers'>,
  url: URL,
  response: ServerResponse,
): Promise<void> {
  const method = url.searchParams.get('method');
  if (!isExportMethod(method)) {
    sendJson(response, 400, { code: 'UNKNOWN_METHOD', message: 'Not an export method.' });
    return;
  }
  let args: unknown;
  try {
    args = JSON.parse(url.searchParams.get('args') ?? '{}') as unknown;
  } catch {
    sendJson(response, 400, { code: 'BAD_ARGUMENTS', message: 'args must be JSON.' });
    return;
  }
  const answer = await core.handlers.invoke(method, args);
  if (!answer.ok) {
    sendJson(response, statusOf[answer.error.code] ?? 404, answer.error);
    return;
  }
  const file = ExportedFile.parse(answer.value);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  response.writeHead(200, {
    'Content-Type': file.mediaType,
    'Content-Length': bytes.length,
    // ExportedFile's names are [\w.-] only: nothing to escape.
    'Content-Disposition': `attachment; filename="${file.fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(bytes);
}
