import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { DayReport } from '../../../../../shared/ipc/reportContract.js';
import { useKiosk } from '../../../bridge/KioskProvider';
import type { ClientError, ClientResponse } from '../../../bridge/kioskClient';

export type DayReportLoad =
  { kind: 'loading' } | { kind: 'ready'; report: DayReport } | { kind: 'failed'; error: ClientError };

interface Answer {
  /** Which call it answers: an answer to an older call (an earlier day) is never shown. */
  call: string;
  load: DayReportLoad;
}

/**
 * The report of the chosen day (the core's today until staff choose another). The error is
 * kept whole: REPORT_DAY_NOT_AVAILABLE says in its details which days can be chosen.
 */
export function useDayReport(day: string | undefined): { load: DayReportLoad; reload: () => void } {
  const kiosk = useKiosk();
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const call = `${day ?? 'today'} #${attempt}`;

  const ask = useEffectEvent(() => kiosk.invoke('report.day', day === undefined ? {} : { day }));
  const deliver = useEffectEvent((answered: string, response: ClientResponse<DayReport>) => {
    setAnswer({
      call: answered,
      load: response.ok
        ? { kind: 'ready', report: response.value }
        : { kind: 'failed', error: response.error },
    });
  });

  useEffect(() => {
    let current = true;
    // invoke never rejects: every failure comes back as { ok: false }.
    void ask().then((response) => {
      if (current) deliver(call, response);
    });
    return () => {
      current = false;
    };
  }, [kiosk, call]);

  const reload = useCallback(() => setAttempt((value) => value + 1), []);
  return { load: answer?.call === call ? answer.load : { kind: 'loading' }, reload };
}
