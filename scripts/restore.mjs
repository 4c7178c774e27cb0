// `npm run restore -- --from <backup folder> [--replace] [--recovery-kit <kit file>]`: puts a
// backup of this kiosk back as its data folder, after checking it is this kiosk's and whole. With
// a recovery kit (a new machine), the data key comes from the kit and its passphrase
// (KIOSK_RECOVERY_PASSPHRASE, or asked hidden on the terminal).
import { runKioskCommand } from './kioskCommand.mjs';

await runKioskCommand('runRestoreCommand').catch((error) => {
  console.error(`npm run restore: ${error.message}`);
  process.exit(1);
});
