import { describe, expect, it } from 'vitest';
import { DEMO_KIOSK } from '../../../upstream/demo/demoAccounts.js';
import { createReferenceUpstream } from '../../../upstream/server.js';

describe('createReferenceUpstream().listen', () => {
  const kiosks = { [DEMO_KIOSK.kioskId]: DEMO_KIOSK.secret };

  it('listens on 127.0.0.1 on a free port, and stops answering once closed', async () => {
    const running = await createReferenceUpstream({ kiosks }).listen(0);
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    expect((await fetch(`${running.url}/v1/changes`)).status).toBe(401);
    await running.close();
    await expect(fetch(`${running.url}/v1/changes`)).rejects.toThrow();
  });

  it('refuses to listen on a non-loopback address', async () => {
    await expect(createReferenceUpstream({ kiosks }).listen(0, '0.0.0.0')).rejects.toThrow(/loopback/);
  });
});
