/**
 * The methods `GET /api/export` may call (issue 11): each answers an `ExportedFile`, which the
 * web host sends as an attachment. Anything else is refused before the handler table is asked.
 */
export const exportMethods = ['report.export', 'audit.export'] as const;
export type ExportMethod = (typeof exportMethods)[number];

export const EXPORT_PATH = '/api/export';

export function isExportMethod(method: unknown): method is ExportMethod {
  return typeof method === 'string' && (exportMethods as readonly string[]).includes(method);
}

/** The URL the renderer downloads an export from on the web host. */
export function exportUrl(method: ExportMethod, args: unknown): string {
  return `${EXPORT_PATH}?method=${encodeURIComponent(method)}&args=${encodeURIComponent(JSON.stringify(args))}`;
}
