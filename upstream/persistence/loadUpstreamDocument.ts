import { readFileSync } from 'node:fs';
import {
  StoredUpstreamDocument,
  UPSTREAM_DOCUMENT_FORMAT,
  UPSTREAM_DOCUMENT_VERSION,
} from './upstreamDocument.js';

/** The data file cannot be used; the service refuses to start rather than begin again empty. */
export class UpstreamDataError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UpstreamDataError';
  }
}

const MAX_ISSUES_REPORTED = 3;

/**
 * Reads the saved state, or undefined when there is none yet. Synchronous so that
 * createReferenceUpstream stays synchronous for its callers; it runs once, before serving.
 * Anything unreadable stops the start with the file's path and what is wrong: a silent reset
 * would forget changes the kiosks were told were applied.
 */
export function loadUpstreamDocument(path: string): StoredUpstreamDocument | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UpstreamDataError(`Cannot read the data file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UpstreamDataError(
      `The data file ${path} is not valid JSON (${(error as Error).message}). Restore it from a backup or move it away to start from the demo data.`,
      { cause: error },
    );
  }
  refuseNewerVersion(path, json);
  const parsed = StoredUpstreamDocument.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, MAX_ISSUES_REPORTED)
      .map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
      .join('; ');
    throw new UpstreamDataError(
      `The data file ${path} is not a reference upstream state file (${issues}). Restore it from a backup or move it away to start from the demo data.`,
    );
  }
  return parsed.data;
}

/** A newer service's file is refused by name, never taken for a damaged one. */
function refuseNewerVersion(path: string, json: unknown): void {
  if (json === null || typeof json !== 'object') return;
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== UPSTREAM_DOCUMENT_FORMAT || typeof version !== 'number') return;
  if (version > UPSTREAM_DOCUMENT_VERSION) {
    throw new UpstreamDataError(
      `The data file ${path} was written by a newer reference service (version ${version}; this one reads up to ${UPSTREAM_DOCUMENT_VERSION}). Nothing was changed.`,
    );
  }
}
