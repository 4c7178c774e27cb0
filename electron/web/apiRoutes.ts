import type { IncomingMessage, ServerResponse } from 'node:http';
import type { KioskCore } from '../core/createKioskCore.js';

const MAX_INVOKE_BODY_BYTES = 64 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_INVOKE_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `POST /api/invoke` carries `{ method, args }` into the same handler table Electron's IPC uses. */
export async function handleInvoke(
  core: Pick<KioskCore, 'handlers'>,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (!request.headers['content-type']?.startsWith('application/json')) {
    sendJson(response, 415, { code: 'BAD_REQUEST', message: 'Send JSON.' });
    return;
  }
  const text = await readBody(request);
  if (text === 'too-large') {
    sendJson(response, 413, { code: 'BAD_REQUEST', message: 'Request too large.' });
    request.destroy();
    return;
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    sendJson(response, 400, { code: 'BAD_REQUEST', message: 'Malformed JSON.' });
    return;
  }
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
    sendJson(response, 400, { code: 'BAD_REQUEST', message: 'Expected { method, args }.' });
    return;
  }
  const { method, args } = envelope as { method?: unknown; args?: unknown };
  sendJson(response, 200, await core.handlers.invoke(method, args));
}

/** `GET /api/events`: the core's events as Server-Sent Events, the web twin of IPC pushes. */
export function handleEvents(
  core: Pick<KioskCore, 'events'>,
  request: IncomingMessage,
  response: ServerResponse,
  openStreams: Set<ServerResponse>,
): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write('retry: 2000\n\n');
  const unsubscribe = core.events.subscribe((event, payload) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  // Proxies and idle sockets drop silent streams; a comment line keeps this one open.
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
  heartbeat.unref();
  openStreams.add(response);
  request.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    openStreams.delete(response);
  });
}
