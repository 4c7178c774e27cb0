import { resolve } from 'node:path';
import type { KioskMode } from '../../../shared/domain/kioskMode.js';
import { acceptLossFrom } from './acceptLossFlag.js';
import { resolveKioskMode } from './kioskMode.js';
import {
  defaultDataDir,
  readKioskSettings,
  readProductionLocalSettings,
  SettingsError,
} from './kioskSettings.js';
import type { DemoStartOptions, ProductionStartOptions } from './startKiosk.js';

const PROVISION_FLAG = '--provision';

/** `--provision=<file>`: the district's provisioning file, for a kiosk with no console. */
export function provisionFileFrom(argv: readonly string[], cwd: string = process.cwd()): string | undefined {
  let file: string | undefined;
  for (const arg of argv) {
    if (arg !== PROVISION_FLAG && !arg.startsWith(`${PROVISION_FLAG}=`)) continue;
    const value = arg.slice(PROVISION_FLAG.length + 1);
    if (value === '')
      throw new SettingsError(`${PROVISION_FLAG} needs the provisioning file: ${PROVISION_FLAG}=<file>`);
    if (file !== undefined) throw new SettingsError(`${PROVISION_FLAG} may name one file only.`);
    file = resolve(cwd, value);
  }
  return file;
}

type HostStartOptions = Omit<DemoStartOptions, 'appVersion'> | Omit<ProductionStartOptions, 'appVersion'>;

export interface HostStart {
  mode: KioskMode;
  dataDir: string;
  options: HostStartOptions;
}

/**
 * What a host (the web host, Electron) starts from its environment and command line: the mode
 * (`--provision` means production unless KIOSK_MODE says demo, which refuses it), the data
 * folder, and each mode's settings. `dataDirFor` is the host's default folder for a mode.
 */
export function hostStart(
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
  host: { packaged: boolean; dataDirFor?: (mode: KioskMode) => string },
): HostStart {
  const provisionFile = provisionFileFrom(argv);
  const explicit = env.KIOSK_MODE !== undefined && env.KIOSK_MODE !== '';
  const mode = provisionFile !== undefined && !explicit ? 'production' : resolveKioskMode(env, host);
  if (provisionFile !== undefined && mode === 'demo')
    throw new SettingsError(
      `${PROVISION_FLAG} provisions a production kiosk; it cannot be used with KIOSK_MODE=demo.`,
    );
  const dataDir = env.KIOSK_DATA_DIR || (host.dataDirFor?.(mode) ?? defaultDataDir(env, mode));
  const acceptLoss = acceptLossFrom(argv);
  const common = { dataDir, ...(acceptLoss === undefined ? {} : { acceptLoss }) };
  if (mode === 'demo')
    return { mode, dataDir, options: { ...common, mode, settings: readKioskSettings(env) } };
  return {
    mode,
    dataDir,
    options: {
      ...common,
      mode,
      local: readProductionLocalSettings(env),
      ...(provisionFile === undefined ? {} : { provisionFile }),
    },
  };
}
