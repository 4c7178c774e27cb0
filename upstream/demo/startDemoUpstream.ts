import type { KioskCredentials } from '../../shared/upstream/requestSigner.js';
import { createReferenceUpstream } from '../server.js';
import { DEMO_KIOSK } from './demoAccounts.js';

export interface DemoUpstream {
  url: string;
  /** The demo kiosk of DESIGN §9, the only kiosk this service lets in. */
  credentials: KioskCredentials;
  close(): Promise<void>;
}

export interface DemoUpstreamOptions {
  /** Serve the development endpoints (the OTP "sent" by SMS), for demos and tests. */
  devEndpoints?: boolean;
  /** Serve the admin endpoints (fault knobs, clock, reviews), for demos and tests. */
  admin?: boolean;
  /** Where the service's notices (OTPs "sent") go; console.log when absent. */
  log?: (line: string) => void;
}

/**
 * The demo national system: the reference service with the demo data of DESIGN §9, in memory,
 * on a free loopback port. The composition roots that want a demo (`npm start`, `npm run serve`,
 * the tests) start it and hand its URL and the demo kiosk's credentials to the kiosk, which
 * never starts it itself.
 */
export async function startDemoUpstream(options: DemoUpstreamOptions = {}): Promise<DemoUpstream> {
  const credentials = { kioskId: DEMO_KIOSK.kioskId, secret: DEMO_KIOSK.secret };
  const upstream = createReferenceUpstream({
    kiosks: { [credentials.kioskId]: credentials.secret },
    devEndpoints: options.devEndpoints === true,
    admin: options.admin === true,
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  const running = await upstream.listen(0, '127.0.0.1');
  return { url: running.url, credentials, close: () => running.close() };
}
