import { describe, expect, it } from 'vitest';
import { DayReports } from '../../../electron/core/report/DayReports.js';
import { reportOutcomeOf } from '../../../electron/core/report/dayReportFigures.js';
import { addDays } from '../../../shared/rules/time.js';
import { referenceForChange } from '../../../shared/domain/reference.js';
import type { ChangeState } from '../../../shared/domain/change.js';
import { reportOutcomes } from '../../../shared/ipc/reportContract.js';
import { useDataFolderFixture } from '../../support/fixtures/useDataFolderFixture.js';

// Issue 11: the day report over a data folder written before it (document version 3): changes in
// the queue and in both archive files, a conflict with a blocked change behind it, withdrawn ones.
const now = () => new Date('2026-12-02T03:00:00.000Z');
const fixture = useDataFolderFixture('data-folder-issue10', now);

describe('the day report over a data folder written before issue 11', () => {
  it('reports every day kept, each change of the folder once, where it stands', async () => {
    const store = await fixture.reopen();
    const reports = new DayReports({
      history: store.history,
      dataDir: fixture.dataDir,
      communeName: 'UBND xã',
      kioskId: 'KIOSK-DEMO-01',
      retentionDays: 365,
      now,
    });
    const { earliestDay, latestDay } = await reports.days();
    expect(latestDay).toBe('2026-12-02');
    expect(earliestDay <= '2026-12-01').toBe(true);

    const seen = new Map<string, ChangeState>();
    const totals = Object.fromEntries(reportOutcomes.map((outcome) => [outcome, 0]));
    for (let day = earliestDay; day <= latestDay; day = addDays(day, 1)) {
      const report = await reports.report(day);
      for (const request of report.requests) {
        expect(seen.has(request.reference), request.reference).toBe(false);
        seen.set(request.reference, request.state);
      }
      for (const outcome of reportOutcomes)
        totals[outcome] = (totals[outcome] ?? 0) + report.changes.total[outcome];
    }

    const kept = fixture.manifest.changes.filter((change) => change.where !== 'withdrawn');
    expect(seen.size).toBe(kept.length);
    const expectedTotals = Object.fromEntries(reportOutcomes.map((outcome) => [outcome, 0]));
    for (const change of kept) {
      expect(seen.get(referenceForChange(change.changeId)), `change ${change.seq}`).toBe(change.state);
      const outcome = reportOutcomeOf(change.state as ChangeState);
      expectedTotals[outcome] = (expectedTotals[outcome] ?? 0) + 1;
    }
    expect(totals).toEqual(expectedTotals);
  });
});
