import { optionsFromEnv } from './config/optionsFromEnv.js';
import { DEMO_KIOSK } from './demo/demoAccounts.js';
import { createReferenceUpstream, type RunningUpstream } from './server.js';

/**
 * `npm run upstream`: the reference service with the demo kiosk, on PORT (default: a free port).
 * Settings come from the environment (upstream/README.md); a bad setting or an unreadable data
 * file stops the start with one line on stderr and exit code 1.
 */
async function start(): Promise<RunningUpstream | undefined> {
  try {
    const settings = optionsFromEnv(process.env);
    const upstream = createReferenceUpstream({
      kiosks: { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret },
      ...settings.options,
    });
    return await upstream.listen(settings.port);
  } catch (error) {
    console.error(`Reference upstream cannot start: ${(error as Error).message}`);
    process.exitCode = 1;
    return undefined;
  }
}

function stopOnSignal(running: RunningUpstream): void {
  let stopping = false;
  const stop = (): void => {
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
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const running = await start();
if (running !== undefined) {
  console.log(`Reference upstream listening on ${running.url}`);
  stopOnSignal(running);
}
