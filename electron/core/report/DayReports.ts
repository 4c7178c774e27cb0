import { KioskError } from '../../../shared/ipc/errors.js';
import type { DayReport } from '../../../shared/ipc/reportContract.js';
import type { ArchivedChange } from '../store/archive/archivedChange.js';
import type { ChangeHistory } from '../store/archive/changeHistory.js';
import { auditEntriesDuring, firstAuditInstant } from './dayAuditEntries.js';
import { dayFigures } from './dayReportFigures.js';
import { addDays, vietnamDayOf } from '../../../shared/rules/time.js';
import { isWithin, vietnamDayRange } from './vietnamDay.js';

export interface DayReportsOptions {
  history: Pick<ChangeHistory, 'changes'>;
  /** The data folder: the audit log's month files are read from it. */
  dataDir: string;
  communeName: string;
  kioskId: string;
  /** How long the archive keeps finished changes (the store's retention): older days are incomplete. */
  retentionDays: number;
  now: () => Date;
}

/** The days a report can be made for now: from the first thing kept to today, in Vietnam time. */
export interface ReportDays {
  earliestDay: string;
  latestDay: string;
}

/**
 * The day report (issue 11): the changes from the store and the archive through the once-view,
 * the identifications, unlock requests and staff work from the audit log. A day reads the
 * archive files written since it began and one audit month file, never the whole history.
 */
export class DayReports {
  readonly #options: DayReportsOptions;

  constructor(options: DayReportsOptions) {
    this.#options = options;
  }

  async days(): Promise<ReportDays> {
    const latestDay = vietnamDayOf(this.#options.now());
    const retained = addDays(latestDay, 1 - this.#options.retentionDays);
    const first = await firstAuditInstant(this.#options.dataDir);
    // The audit log begins with the kiosk (its first staff enrolled): nothing happened before it.
    const kept = first === undefined ? latestDay : vietnamDayOf(first);
    const earliestDay = kept > retained ? kept : retained;
    return { earliestDay: earliestDay > latestDay ? latestDay : earliestDay, latestDay };
  }

  /** The report of `day` (today by default); REPORT_DAY_NOT_AVAILABLE outside the days kept. */
  async report(day?: string): Promise<DayReport> {
    const days = await this.days();
    const chosen = day ?? days.latestDay;
    if (chosen < days.earliestDay || chosen > days.latestDay) {
      throw new KioskError(
        'REPORT_DAY_NOT_AVAILABLE',
        `No report for ${chosen}: reports cover ${days.earliestDay} to ${days.latestDay}.`,
        { day: chosen, ...days },
      );
    }
    const range = vietnamDayRange(chosen);
    const changes: ArchivedChange[] = [];
    for await (const { change } of this.#options.history.changes(range)) {
      if (isWithin(change.acceptedAt, range)) changes.push(change);
    }
    const entries = await auditEntriesDuring(this.#options.dataDir, range);
    return {
      day: chosen,
      communeName: this.#options.communeName,
      kioskId: this.#options.kioskId,
      generatedAt: this.#options.now().toISOString(),
      ...days,
      ...dayFigures(changes, entries),
    };
  }
}
