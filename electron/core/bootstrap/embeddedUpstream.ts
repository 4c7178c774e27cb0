import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { createReferenceUpstream } from '../../../upstream/server.js';
import type { KioskCredentials } from '../upstream/requestSigner.js';

export interface EmbeddedUpstream {
  url: string;
  credentials: KioskCredentials;
  close(): Promise<void>;
}

export interface EmbeddedUpstreamOptions {
  /** Serve the reference service's development endpoints (the OTP "sent" by SMS), for demos and tests. */
  devEndpoints?: boolean;
  /** Serve its admin endpoints (fault knobs, clock, reviews), for demos and tests. */
  admin?: boolean;
}

/**
 * The embedded default: the reference service with the demo data of DESIGN §9, on a free
 * loopback port, so `npm start` works on a machine with no national system to talk to.
 */
export async function startEmbeddedUpstream(
  options: EmbeddedUpstreamOptions = {},
): Promise<EmbeddedUpstream> {
  const credentials = { kioskId: DEMO_KIOSK.kioskId, secret: DEMO_KIOSK.secret };
  const upstream = createReferenceUpstream({
    kiosks: { [credentials.kioskId]: credentials.secret },
    devEndpoints: options.devEndpoints === true,
    admin: options.admin === true,
  });
  const running = await upstream.listen(0, '127.0.0.1');
  return { url: running.url, credentials, close: () => running.close() };
}
