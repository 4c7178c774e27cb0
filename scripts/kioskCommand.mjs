// What `npm run backup` and `npm run restore` need of the kiosk: the settings it starts with.
// A kiosk with UPSTREAM_URL set is a real one (KIOSK_ID, KIOSK_SECRET, KIOSK_DATA_DIR); without
// it, `npm start` runs the demo kiosk, so these commands use the demo kiosk's ID and secret.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = join(import.meta.dirname, '..', 'out');

async function built(path) {
  const file = join(out, path);
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: run npm run build:node (npm run backup and npm run restore build it).`,
    );
  return import(pathToFileURL(file).href);
}

/**
 * Runs one of the commands of `electron/core/store/backup/backupCommands.ts` and exits with its
 * code.
 * @param {'runBackupCommand' | 'runRestoreCommand'} name
 */
export async function runKioskCommand(name) {
  const env = process.env;
  const { defaultDataDir, readKioskSettings } = await built('electron/core/bootstrap/kioskSettings.js');
  const { resolveKioskMode } = await built('electron/core/bootstrap/kioskMode.js');
  const mode = resolveKioskMode(env, { packaged: false });
  let kiosk;
  let secretForKit;
  if (mode === 'production') {
    // A provisioned kiosk's ID and secret live sealed in its store, never in the environment.
    const { productionCommandCredentials } = await built(
      'electron/core/provisioning/provisionedCredentials.js',
    );
    const dataDir = defaultDataDir(env, mode);
    try {
      ({ secretForKit, ...kiosk } = await productionCommandCredentials(
        name === 'runBackupCommand' ? 'backup' : 'restore',
        process.argv.slice(2),
        dataDir,
        env.KIOSK_KEY_FILE || join(dataDir, 'kiosk.key'),
      ));
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  } else if (env.UPSTREAM_URL) {
    kiosk = readKioskSettings(env).upstream;
  } else {
    const { DEMO_KIOSK } = await built('upstream/demo/demoAccounts.js');
    kiosk = DEMO_KIOSK;
    console.log(`UPSTREAM_URL is not set: this is the demo kiosk ${kiosk.kioskId}, as npm start runs it.`);
  }
  const commands = await built('electron/core/store/backup/backupCommands.js');
  const code = await commands[name](process.argv.slice(2), {
    kioskId: kiosk.kioskId,
    secret: kiosk.secret,
    dataDir: defaultDataDir(env, mode),
    ...(secretForKit === undefined ? {} : { secretForKit }),
    ...(env.KIOSK_KEY_FILE ? { keyFile: env.KIOSK_KEY_FILE } : {}),
    cwd: env.INIT_CWD ?? process.cwd(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    // Asked only when `--recovery-kit` is given: never an argument, which `ps` would show.
    recoveryPassphrase: async () => {
      const { recoveryPassphraseFrom } = await built('electron/core/store/recovery/passphrasePrompt.js');
      return recoveryPassphraseFrom(env, { input: process.stdin, output: process.stderr });
    },
  });
  process.exit(code);
}
