// `npm run restore -- --from <backup folder> [--replace]`: puts a backup of this kiosk back as
// its data folder, after checking it is this kiosk's and whole.
import { runKioskCommand } from './kioskCommand.mjs';

await runKioskCommand('runRestoreCommand').catch((error) => {
  console.error(`npm run restore: ${error.message}`);
  process.exit(1);
});
