import { isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { defaultDataDir } from '../bootstrap/kioskSettings.js';
import { StaffDirectory } from '../staff/StaffDirectory.js';
import { keyFileSource } from '../store/keys/dataKey.js';
import { openKioskStore } from '../store/openKioskStore.js';
import { askHidden } from '../store/recovery/passphrasePrompt.js';
import type { PromptTerminal } from '../store/recovery/passphrasePrompt.js';
import { FirstRun } from './FirstRun.js';
import { provisionKiosk } from './provisionKiosk.js';

/** For scripts and tests only: the first PIN without a terminal. Never on the command line (`ps`). */
export const PROVISION_PIN_VARIABLE = 'KIOSK_PROVISION_PIN';

export interface ProvisionCommandContext {
  env: Readonly<Record<string, string | undefined>>;
  terminal: PromptTerminal;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  now?: () => Date;
}

const USAGE = 'npm run provision -- --file <provisioning file> [--recovery-kit <folder, e.g. a USB stick>]';

function optionValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at !== -1) return argv[at + 1];
  return argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function firstPin(context: ProvisionCommandContext): Promise<[string, string]> {
  const given = context.env[PROVISION_PIN_VARIABLE];
  if (given !== undefined && given !== '') return [given, given];
  if (context.terminal.input.isTTY !== true)
    throw new Error(
      `There is no terminal to ask the first PIN on: run the command in a terminal (or set ${PROVISION_PIN_VARIABLE} in a test).`,
    );
  const pin = await askHidden(
    'Mã PIN của cán bộ phụ trách / the supervisor’s PIN (6 digits, not all the same nor a run like 123456; not shown): ',
    context.terminal,
  );
  const again = await askHidden('Nhập lại mã PIN / the PIN again: ', context.terminal);
  return [pin, again];
}

async function kitFolder(argv: readonly string[], context: ProvisionCommandContext): Promise<string> {
  const given = optionValue(argv, '--recovery-kit');
  if (given !== undefined) return resolve(context.cwd, given);
  if (context.terminal.input.isTTY !== true)
    throw new Error(`--recovery-kit <folder> is needed without a terminal.`);
  const reader = createInterface({ input: context.terminal.input, output: context.terminal.output });
  try {
    const answer = await reader.question(
      'Thư mục ghi bộ khôi phục (USB) / folder for the recovery kit (a USB stick): ',
    );
    return resolve(context.cwd, answer.trim());
  } finally {
    reader.close();
  }
}

/**
 * `npm run provision`: provisions the production data folder (KIOSK_DATA_DIR overrides) from the
 * district's file, asks the first supervisor's PIN twice (hidden), writes the recovery kit and
 * prints its passphrase once. The web host's key file form (`kiosk.key`, or KIOSK_KEY_FILE);
 * an Electron kiosk provisions itself with `--provision=<file>` instead. Returns the exit code.
 */
export async function runProvisionCommand(
  argv: readonly string[],
  context: ProvisionCommandContext,
): Promise<number> {
  const fileArg = optionValue(argv, '--file');
  if (fileArg === undefined || fileArg === '') {
    context.err(`Usage: ${USAGE}`);
    return 2;
  }
  const file = isAbsolute(fileArg) ? fileArg : resolve(context.cwd, fileArg);
  const env = { ...context.env } as NodeJS.ProcessEnv;
  const dataDir = defaultDataDir(env, 'production');
  const keySource = keyFileSource(env.KIOSK_KEY_FILE || join(dataDir, 'kiosk.key'));
  const now = context.now ?? (() => new Date());
  try {
    const provisioned = await provisionKiosk({ dataDir, keySource, file, now });
    context.out(
      `Kiosk ${provisioned.kioskId} (${provisioned.communeName}) provisioned in ${dataDir}; national system ${provisioned.upstreamUrl}.`,
    );
    const { staffId, displayName } = provisioned.firstSupervisor;
    context.out(`First supervisor: ${staffId} ${displayName}.`);
    const [pin, again] = await firstPin(context);
    const destination = await kitFolder(argv, context);
    const store = await openKioskStore({ dataDir, keySource, kioskId: provisioned.kioskId, now });
    try {
      const firstRun = new FirstRun({
        store,
        staffDirectory: new StaffDirectory(store, now),
        dataKey: () => keySource.load({ create: false }),
        kioskId: provisioned.kioskId,
        dataDir,
        now,
      });
      await firstRun.setFirstPin(pin, again);
      const kit = await firstRun.writeRecoveryKit(destination, staffId);
      context.out(`Recovery kit written: ${kit.file}`);
      context.out(
        'Cụm mật khẩu khôi phục — chép ra giấy, cất riêng với USB; máy không lưu và sẽ không hiện lại:',
      );
      context.out(
        'Recovery passphrase — write it down on paper and keep it apart from the stick; it is not stored and will not be shown again:',
      );
      context.out(`    ${kit.passphrase}`);
    } finally {
      await store.close();
    }
    context.out(`Done: start the kiosk with KIOSK_MODE=production (web host), or the packaged app.`);
    return 0;
  } catch (error) {
    context.err((error as Error).message);
    return 1;
  }
}
