import { isLossReportId } from '../store/anchor/lossReport.js';
import { SettingsError } from './kioskSettings.js';

const FLAG = '--accept-loss';

/**
 * `--accept-loss=<report id>` from a host's command line: accepts exactly that loss report at
 * this start. It is a flag and nothing else (never a setting nor an environment variable), so it
 * cannot stay switched on: the next start without it is a plain start again.
 */
export function acceptLossFrom(argv: readonly string[]): string | undefined {
  let id: string | undefined;
  for (const arg of argv) {
    if (arg !== FLAG && !arg.startsWith(`${FLAG}=`)) continue;
    const value = arg.slice(FLAG.length + 1);
    if (!isLossReportId(value)) {
      throw new SettingsError(
        `${FLAG} needs the id of a loss report, like ${FLAG}=L-20261201-3f9a2c (see the folder loss-reports/ in the data folder).`,
      );
    }
    if (id !== undefined && id !== value) throw new SettingsError(`${FLAG} may name one report only.`);
    id = value;
  }
  return id;
}
