import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { crc32 } from 'node:zlib';

export const ARCHIVE_FOLDER = 'archive';

/** Where the changes of a data folder are found: the store's document and the archive's files. */
export interface Presence {
  /** How many times each changeId is found, store and archive together. */
  counts: Map<string, number>;
  /** The state each change is found in: its state in the store, or its final state in the archive. */
  states: Map<string, string>;
  /** The archive file (relative to the data folder) each archived change was found in. */
  archivedIn: Map<string, string>;
  /** Archive lines that fail their own check: a `<crc32> <json>` line whose checksum is wrong, or a line that is not JSON. */
  damagedLines: { file: string; checksummed: boolean }[];
}

interface DocumentLike {
  changes: readonly { change: { changeId: string }; state: string }[];
  archive?: { pending?: { batchId?: string } };
}

const changeIdText = /"changeId":"([0-9a-f-]{36})"/g;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/**
 * A line as the archive keeps it: a v1 day file holds plain JSON lines; a v2 batch file holds
 * `<crc32 hex> <json>` lines (and a header), the checksum over the JSON text as the journal
 * frames its lines. Answers the JSON text, or undefined when the line fails its check.
 */
function lineBody(line: string): { body?: string; checksummed: boolean } {
  const framed = /^([0-9a-f]{8}) (.*)$/s.exec(line);
  if (framed !== null) {
    const ok =
      crc32(framed[2] ?? '')
        .toString(16)
        .padStart(8, '0') === framed[1];
    return ok ? { body: framed[2] ?? '', checksummed: true } : { checksummed: true };
  }
  try {
    JSON.parse(line);
    return { body: line, checksummed: false };
  } catch {
    return { checksummed: false };
  }
}

/**
 * Counts every change of the data folder: each change in the store's document once, and each
 * archive line naming a changeId once (read by text, so day files and batch files of any
 * version count alike). The files of a batch the document still lists as pending are left out:
 * a fold writes them before it removes the changes from the store, so until the batch is
 * recorded its changes belong to the store (the store wins, as in the once-view). Temp files
 * (a write not yet renamed into place) are not part of the archive either.
 */
export async function findPresence(dataDir: string, document: unknown): Promise<Presence> {
  const doc = document as DocumentLike;
  const presence: Presence = {
    counts: new Map(),
    states: new Map(),
    archivedIn: new Map(),
    damagedLines: [],
  };
  const inStore = new Set<string>();
  const count = (changeId: string) => presence.counts.set(changeId, (presence.counts.get(changeId) ?? 0) + 1);
  for (const entry of doc.changes) {
    count(entry.change.changeId);
    inStore.add(entry.change.changeId);
    presence.states.set(entry.change.changeId, entry.state);
  }

  const pendingBatch = doc.archive?.pending?.batchId;
  for (const path of await filesUnder(join(dataDir, ARCHIVE_FOLDER))) {
    const file = relative(dataDir, path);
    // A temp file is a write not yet renamed into place: not part of the archive.
    if (basename(file).startsWith('.') || file.endsWith('.tmp')) continue;
    if (pendingBatch !== undefined && file.includes(pendingBatch)) continue;
    for (const line of (await readFile(path, 'utf8')).split('\n')) {
      if (line === '') continue;
      const { body, checksummed } = lineBody(line);
      if (body === undefined) {
        presence.damagedLines.push({ file, checksummed });
        continue;
      }
      const finalState = /"finalState":"(\w+)"/.exec(body)?.[1] ?? 'archived';
      for (const match of body.matchAll(changeIdText)) {
        const changeId = match[1] ?? '';
        count(changeId);
        // In the store too, it is counted twice; the store's state is the one that stands.
        if (!inStore.has(changeId)) presence.states.set(changeId, finalState);
        presence.archivedIn.set(changeId, file);
      }
    }
  }
  return presence;
}
