import { auditActions } from '../../../shared/domain/auditAction.js';
import type { auditMethods } from '../../../shared/ipc/auditContract.js';
import { catalogueFor } from '../../../shared/i18n/catalogues.js';
import { auditCsv, auditCsvFile } from '../audit/auditCsv.js';
import type { AuditFilter, AuditLogEntry } from '../../../shared/ipc/auditContract.js';
import type { ExportedFile } from '../../../shared/ipc/exportedFile.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';

/** The audit log for staff (issue 11, part A): any signed-in member, never a citizen. */
export function createAuditHandlers(services: KioskServices): HandlersFor<typeof auditMethods> {
  const reader = services.auditReader;
  return {
    'audit.entries': async ({ before, limit, ...filter }) => {
      services.staff.require();
      const [chain, page] = await Promise.all([
        reader.chainStatus(),
        reader.page({
          ...filter,
          ...(before === undefined ? {} : { before }),
          ...(limit === undefined ? {} : { limit }),
        }),
      ]);
      return { chain, ...page, actions: [...auditActions] };
    },

    'audit.export': async (filter) => {
      const staff = services.staff.require();
      const { file, rows } = await exportFor(filter);
      await audited(staff.staffId, 'exported', rows, filter);
      return file;
    },

    'audit.save': async (filter) => {
      const staff = services.staff.require();
      if (services.exportSaver === undefined) return { saved: false };
      const { file, rows } = await exportFor(filter);
      const bytes = Buffer.from(file.contentBase64, 'base64');
      const saved = await services.exportSaver.save({ fileName: file.fileName, bytes });
      if (saved.saved) await audited(staff.staffId, 'saved', rows, filter);
      return saved;
    },
  };

  async function exportFor(filter: AuditFilter): Promise<{ file: ExportedFile; rows: number }> {
    const entries: AuditLogEntry[] = [];
    for await (const entry of reader.newestFirst(filter)) entries.push(entry);
    // The office's records are kept in Vietnamese, whatever language the screen shows.
    const csv = auditCsv(entries, catalogueFor('vi').auditLog);
    return { file: auditCsvFile(csv, services.info.kioskId, filter, services.now()), rows: entries.length };
  }

  function audited(staffId: string, outcome: string, rows: number, filter: AuditFilter) {
    return services.audit.append({
      action: 'audit.exported',
      actor: 'staff',
      staffId,
      outcome,
      detail: `rows=${rows} ${describeFilter(filter)}`,
    });
  }
}

/** The filter as the audit entry keeps it, e.g. "day=2026-12-02 staffId=CB01" (or "all"). */
function describeFilter(filter: Record<string, string | undefined>): string {
  const parts = Object.entries(filter).flatMap(([key, value]) =>
    value === undefined ? [] : [`${key}=${value}`],
  );
  return parts.length === 0 ? 'all' : parts.join(' ');
}
