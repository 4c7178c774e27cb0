import type { DayReportRequest } from '../../../../../shared/ipc/reportContract.js';
import { formatDateTime } from '../../../format/date';
import { useMessages } from '../../../i18n/useMessages';

/** The day's requests; the list scrolls inside its box, so the page's buttons stay in view. */
export function ReportRequests({ requests }: { requests: readonly DayReportRequest[] }) {
  const words = useMessages().dayReport;
  return (
    <div className="report-requests">
      <h2 id="report-requests-title">
        {words.requestsTitle} ({requests.length})
      </h2>
      {requests.length === 0 ? (
        <p className="report-figures__none">{words.noRequests}</p>
      ) : (
        // Focusable so the list can be scrolled from a keyboard too (a region that scrolls must be reachable).
        <div
          className="report-requests__box"
          tabIndex={0}
          role="region"
          aria-labelledby="report-requests-title"
        >
          <table className="report-table report-table--list" data-testid="report-requests">
            <thead>
              <tr>
                <th scope="col">{words.time}</th>
                <th scope="col">{words.reference}</th>
                <th scope="col">{words.idNumber}</th>
                <th scope="col">{words.kind}</th>
                <th scope="col">{words.state}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => (
                <tr key={request.reference}>
                  <td>{formatDateTime(request.at).slice(11)}</td>
                  <td className="report-table__reference">{request.reference}</td>
                  <td>{request.idNumberMasked}</td>
                  <td>{words.kinds[request.kind]}</td>
                  <td>{words.states[request.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
