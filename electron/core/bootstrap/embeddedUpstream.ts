import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { createReferenceUpstream } from '../../../upstream/server.js';
import type { KioskCredentials } from '../upstream/requestSigner.js';

export interface EmbeddedUpstream {
  url: string;
  credentials: KioskCredentials;
  close(): Promise<void>;
}

/**
 * The embedded default: the reference service with the demo data of DESIGN §9, on a free
 * loopback port, so `npm start` works on a machine with no national system to talk to.
 */
export async function startEmbeddedUpstream(): Promise<EmbeddedUpstream> {
  const credentials = { kioskId: DEMO_KIOSK.kioskId, secret: DEMO_KIOSK.secret };
  const upstream = createReferenceUpstream({ kiosks: { [credentials.kioskId]: credentials.secret } });
  const running = await upstream.listen(0, '127.0.0.1');
  return { url: running.url, credentials, close: () => running.close() };
}
