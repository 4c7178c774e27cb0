// `npm run backup -- --to <folder>`: a sealed, consistent copy of the stopped kiosk's data
// folder into a new folder inside <folder> (a USB stick). The running kiosk backs up through
// the staff method store.backup instead.
import { runKioskCommand } from './kioskCommand.mjs';

await runKioskCommand('runBackupCommand').catch((error) => {
  console.error(`npm run backup: ${error.message}`);
  process.exit(1);
});
