import { catalogueFor } from '../../../shared/i18n/catalogues.js';
import type { DayReport, ReportFormat, reportMethods } from '../../../shared/ipc/reportContract.js';
import type { ExportedFile } from '../../../shared/ipc/exportedFile.js';
import { renderReportCsv } from '../report/reportCsv.js';
import { renderReportPdf } from '../report/reportPdf.js';
import { reportFileName } from '../report/reportRows.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';

const mediaTypes = { pdf: 'application/pdf', csv: 'text/csv; charset=utf-8' } as const;

interface RenderedReport {
  fileName: string;
  mediaType: ExportedFile['mediaType'];
  bytes: Buffer;
}

/** The office's records are kept in Vietnamese, whatever language the screen shows. */
async function render(report: DayReport, format: ReportFormat): Promise<RenderedReport> {
  const words = catalogueFor('vi').dayReport;
  return {
    fileName: reportFileName(report.day, format),
    mediaType: mediaTypes[format],
    bytes: format === 'pdf' ? await renderReportPdf(report, words) : renderReportCsv(report, words),
  };
}

/**
 * The day report (issue 11). Staff only, checked before anything is read: a citizen, or nobody
 * signed in, gets STAFF_REQUIRED. Every file that leaves the kiosk (exported, saved, printed)
 * is audited with the staff ID and the day.
 */
export function createReportHandlers(services: KioskServices): HandlersFor<typeof reportMethods> {
  const audited = (staffId: string, day: string, outcome: string) =>
    services.audit.append({
      action: 'report.exported',
      actor: 'staff',
      staffId,
      outcome,
      detail: `day=${day}`,
    });

  return {
    'report.day': async ({ day }) => {
      services.staff.require();
      return services.dayReports.report(day);
    },

    'report.export': async ({ day, format }) => {
      const staff = services.staff.require();
      const file = await render(await services.dayReports.report(day), format);
      await audited(staff.staffId, day, format);
      return {
        fileName: file.fileName,
        mediaType: file.mediaType,
        contentBase64: file.bytes.toString('base64'),
      };
    },

    'report.save': async ({ day, format }) => {
      const staff = services.staff.require();
      if (services.exportSaver === undefined) return { saved: false };
      const file = await render(await services.dayReports.report(day), format);
      const saved = await services.exportSaver.save({ fileName: file.fileName, bytes: file.bytes });
      if (saved.saved) await audited(staff.staffId, day, `saved-${format}`);
      return saved;
    },

    'report.print': async ({ day }) => {
      const staff = services.staff.require();
      const report = await services.dayReports.report(day);
      if (services.printer === undefined) return { printed: false };
      const file = await render(report, 'pdf');
      const printed = await services.printer
        .print({ pdf: file.bytes, fileName: file.fileName })
        .catch((error: unknown) => {
          console.error('kiosk: printing the day report failed', error);
          return false;
        });
      await audited(staff.staffId, day, printed ? 'printed' : 'not-printed');
      return { printed };
    },
  };
}
