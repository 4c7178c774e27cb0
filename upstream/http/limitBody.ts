import type { MiddlewareHandler } from 'hono';
import type { UpstreamContext, UpstreamEnv } from './context.js';
import { errorResponse } from './errors.js';

/**
 * Reads the body once, refusing it as soon as it passes `maxBytes`, declared or streamed. The
 * bytes are kept for the signature check and the JSON parser, so the stream is never read twice.
 */
export function limitBody(maxBytes: number): MiddlewareHandler<UpstreamEnv> {
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && Number(declared) > maxBytes) return tooLarge(c, maxBytes);
    const bytes = await readAtMost(c.req.raw.body, maxBytes);
    if (bytes === undefined) return tooLarge(c, maxBytes);
    c.set('bodyBytes', bytes);
    await next();
    return undefined;
  };
}

async function readAtMost(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (stream === null) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    // Stop reading, but do not cancel: cancelling tears down the socket before the 413 is sent.
    if (total > maxBytes) {
      reader.releaseLock();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(c: UpstreamContext, maxBytes: number): Response {
  // The rest of the body is never read, so the connection cannot carry another request.
  c.header('Connection', 'close');
  return errorResponse(c, 413, 'PAYLOAD_TOO_LARGE', `The body exceeds ${maxBytes} bytes.`);
}
