import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../../electron/main/appProtocol/appUrl.js';
import { serveRendererFile } from '../../../electron/web/staticFiles.js';

// The camera's QR decoder is a .wasm file of the build (issue 13). Chromium compiles it as it
// streams in only when it comes as application/wasm, from either host.
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'renderer-types-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(
    join(dir, 'assets', 'zxing_reader-A1.wasm'),
    Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | undefined;
}

async function fromWebHost(path: string): Promise<Answer> {
  const answer: Answer = { status: 0, headers: {}, body: undefined };
  const response = {
    writeHead(status: number, headers: Record<string, string>) {
      answer.status = status;
      answer.headers = headers;
      return response;
    },
    end(body?: Buffer) {
      answer.body = body;
      return response;
    },
  };
  await serveRendererFile(dir, path, response as unknown as ServerResponse);
  return answer;
}

describe('the WebAssembly decoder in the renderer build', () => {
  it('is served by the web host as application/wasm, whole', async () => {
    const answer = await fromWebHost('/assets/zxing_reader-A1.wasm');
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Type']).toBe('application/wasm');
    expect(answer.body?.subarray(0, 4).toString('latin1')).toBe('\0asm');
  });

  it('is named application/wasm by the Electron app:// handler too', () => {
    const request = resolveAppFile('app://kiosk/assets/zxing_reader-A1.wasm', dir);
    expect(request).toMatchObject({ ok: true, contentType: 'application/wasm' });
  });
});
