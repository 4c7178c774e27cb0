import { changeKinds, VerificationMethod } from '../../../../../shared/domain/change.js';
import { reportOutcomes } from '../../../../../shared/ipc/reportContract.js';
import type { DayReport, OutcomeCounts } from '../../../../../shared/ipc/reportContract.js';
import { useMessages } from '../../../i18n/useMessages';

const sum = (counts: OutcomeCounts) => reportOutcomes.reduce((total, outcome) => total + counts[outcome], 0);

/** The day's figures as tables a person reads across: one fact per cell, headers in words. */
export function ReportFigures({ report }: { report: DayReport }) {
  const words = useMessages().dayReport;
  return (
    <div className="report-figures">
      <section className="report-figures__block report-figures__block--wide" aria-labelledby="report-changes">
        <h2 id="report-changes">{words.changesTitle}</h2>
        <table className="report-table" data-testid="report-changes">
          <thead>
            <tr>
              <th scope="col">{words.kindHeader}</th>
              {reportOutcomes.map((outcome) => (
                <th scope="col" key={outcome}>
                  {words.outcomes[outcome]}
                </th>
              ))}
              <th scope="col">{words.total}</th>
            </tr>
          </thead>
          <tbody>
            {changeKinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">{words.kinds[kind]}</th>
                {reportOutcomes.map((outcome) => (
                  <td key={outcome}>{report.changes.byKind[kind][outcome]}</td>
                ))}
                <td>{sum(report.changes.byKind[kind])}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{words.total}</th>
              {reportOutcomes.map((outcome) => (
                <td key={outcome}>{report.changes.total[outcome]}</td>
              ))}
              <td>{sum(report.changes.total)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section className="report-figures__block" aria-labelledby="report-identifications">
        <h2 id="report-identifications">{words.identificationsTitle}</h2>
        <table className="report-table" data-testid="report-identifications">
          <thead>
            <tr>
              <th scope="col">{words.methodHeader}</th>
              <th scope="col">{words.succeeded}</th>
              <th scope="col">{words.failed}</th>
            </tr>
          </thead>
          <tbody>
            {VerificationMethod.options.map((method) => (
              <tr key={method}>
                <th scope="row">{words.methods[method]}</th>
                <td>{report.identifications[method].succeeded}</td>
                <td>{report.identifications[method].failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-figures__block" aria-labelledby="report-unlocks">
        <h2 id="report-unlocks">{words.unlocksTitle}</h2>
        {report.unlocks.length === 0 ? (
          <p className="report-figures__none">{words.noUnlocks}</p>
        ) : (
          <table className="report-table" data-testid="report-unlocks">
            <thead>
              <tr>
                <th scope="col">{words.lockReasonHeader}</th>
                <th scope="col">{words.requested}</th>
                <th scope="col">{words.refusedAtKiosk}</th>
              </tr>
            </thead>
            <tbody>
              {report.unlocks.map((row) => (
                <tr key={row.lockReason}>
                  <th scope="row">{words.lockReasons[row.lockReason]}</th>
                  <td>{row.requested}</td>
                  <td>{row.refusedAtKiosk}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="report-figures__block" aria-labelledby="report-staff">
        <h2 id="report-staff">{words.staffTitle}</h2>
        {report.staff.length === 0 ? (
          <p className="report-figures__none">{words.noStaff}</p>
        ) : (
          <table className="report-table" data-testid="report-staff">
            <thead>
              <tr>
                <th scope="col">{words.staffIdHeader}</th>
                <th scope="col">{words.signIns}</th>
                <th scope="col">{words.attested}</th>
                <th scope="col">{words.changes}</th>
                <th scope="col">{words.receiptsPrinted}</th>
              </tr>
            </thead>
            <tbody>
              {report.staff.map((work) => (
                <tr key={work.staffId}>
                  <th scope="row">{work.staffId}</th>
                  <td>{work.signIns}</td>
                  <td>{work.attested}</td>
                  <td>{work.changes}</td>
                  <td>{work.receiptsPrinted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
