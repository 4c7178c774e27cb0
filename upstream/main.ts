import { DEMO_KIOSK } from './demo/demoAccounts.js';
import { createReferenceUpstream } from './server.js';

/** `npm run upstream`: the reference service with the demo kiosk and accounts, on PORT (default: a free port). */

function portFrom(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be an integer from 0 to 65535, not "${text}"`);
  }
  return port;
}

const upstream = createReferenceUpstream({ kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret } });
const running = await upstream.listen(portFrom(process.env.PORT));
console.log(`Reference upstream listening on ${running.url}`);

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  running.close().then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      console.error('Reference upstream failed to close:', error);
      process.exitCode = 1;
    },
  );
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
