import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { KioskMode } from '../../../shared/domain/kioskMode.js';
import { nodeDurableFileSystem, writeFileWhole } from '../../../storage/durableFileAdapter.js';

/** The file in a data folder that says which mode and which kiosk the folder belongs to. */
export const DATA_FOLDER_MARKER = 'kiosk-folder.json';

export const DataFolderMarker = z
  .object({
    format: z.literal('commune-vneid-kiosk/data-folder'),
    version: z.literal(1),
    mode: KioskMode,
    kioskId: z.string().min(1).max(64),
  })
  .strict();
export type DataFolderMarker = z.infer<typeof DataFolderMarker>;

export type DataFolderRefusal =
  'DATA_FOLDER_OTHER_MODE' | 'DATA_FOLDER_OTHER_KIOSK' | 'DATA_FOLDER_MARKER_INVALID';

/** A data folder this start must not use; nothing in it was touched. One line, Vietnamese and English. */
export class DataFolderRefusedError extends Error {
  override readonly name = 'DataFolderRefusedError';
  readonly code: DataFolderRefusal;

  constructor(code: DataFolderRefusal, message: string) {
    super(message);
    this.code = code;
  }
}

const modeWords = { demo: 'trình diễn / demo', production: 'triển khai thật / production' } as const;

/** The marker, zod-checked; undefined when the folder has none (a new folder, or one from before issue 10). */
export async function readDataFolderMarker(dataDir: string): Promise<DataFolderMarker | undefined> {
  const path = join(dataDir, DATA_FOLDER_MARKER);
  const text = await nodeDurableFileSystem.read(path);
  if (text === undefined) return undefined;
  let parsed: ReturnType<typeof DataFolderMarker.safeParse>;
  try {
    parsed = DataFolderMarker.safeParse(JSON.parse(text));
  } catch {
    parsed = DataFolderMarker.safeParse(undefined);
  }
  if (!parsed.success) {
    throw new DataFolderRefusedError(
      'DATA_FOLDER_MARKER_INVALID',
      `Tệp ${path} bị hỏng, máy không biết thư mục dữ liệu này thuộc máy nào / ${path} is damaged, so this data folder's mode and kiosk are unknown; nothing was changed.`,
    );
  }
  return parsed.data;
}

/** Whether the folder already holds the store's sealed data (journals or snapshots). */
export async function holdsStoreData(dataDir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  return names.some(
    (name) =>
      /^journal-\d+\.log$/.test(name) || (name.startsWith('kiosk-snapshot') && name.endsWith('.sealed')),
  );
}

/** Refuses a marker of the other mode or of another kiosk. */
export function checkDataFolderMarker(
  dataDir: string,
  marker: DataFolderMarker,
  expected: { mode: KioskMode; kioskId?: string },
): void {
  if (marker.mode !== expected.mode) {
    throw new DataFolderRefusedError(
      'DATA_FOLDER_OTHER_MODE',
      `Thư mục dữ liệu ${dataDir} thuộc chế độ ${modeWords[marker.mode]}, không dùng được ở chế độ ${modeWords[expected.mode]} / the data folder ${dataDir} belongs to ${marker.mode} mode and is refused in ${expected.mode} mode; nothing was changed (set KIOSK_DATA_DIR to another folder).`,
    );
  }
  if (expected.kioskId !== undefined && marker.kioskId !== expected.kioskId) {
    throw new DataFolderRefusedError(
      'DATA_FOLDER_OTHER_KIOSK',
      `Thư mục dữ liệu ${dataDir} là của máy ${marker.kioskId}, không phải ${expected.kioskId} / the data folder ${dataDir} belongs to kiosk ${marker.kioskId}, not ${expected.kioskId}; nothing was changed.`,
    );
  }
}

/** Writes the marker whole and durably (temp, fsync, rename, directory fsync). */
export async function writeDataFolderMarker(
  dataDir: string,
  mode: KioskMode,
  kioskId: string,
): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const marker: DataFolderMarker = { format: 'commune-vneid-kiosk/data-folder', version: 1, mode, kioskId };
  await writeFileWhole(join(dataDir, DATA_FOLDER_MARKER), `${JSON.stringify(marker, null, 2)}\n`);
}

/**
 * A demo start takes its folder: one marked demo for this kiosk, or a folder with no marker
 * (new, or written before issue 10, which only ever ran demo), which it marks. Checked before
 * the store opens, so a refused folder is never touched.
 */
export async function claimDemoDataFolder(dataDir: string, kioskId: string): Promise<void> {
  const marker = await readDataFolderMarker(dataDir);
  if (marker !== undefined) {
    checkDataFolderMarker(dataDir, marker, { mode: 'demo', kioskId });
    return;
  }
  await writeDataFolderMarker(dataDir, 'demo', kioskId);
}

/**
 * A production start or provisioning: the folder's marker, checked to be production's. A folder
 * with store data and no marker was written by demo before issue 10 and is refused.
 */
export async function productionDataFolder(dataDir: string): Promise<DataFolderMarker | undefined> {
  const marker = await readDataFolderMarker(dataDir);
  if (marker !== undefined) {
    checkDataFolderMarker(dataDir, marker, { mode: 'production' });
    return marker;
  }
  if (await holdsStoreData(dataDir)) {
    throw new DataFolderRefusedError(
      'DATA_FOLDER_OTHER_MODE',
      `Thư mục dữ liệu ${dataDir} có dữ liệu của chế độ trình diễn (ghi trước khi có chế độ triển khai), không dùng được cho máy thật / the data folder ${dataDir} holds data written before modes existed (demo data) and is refused in production mode; nothing was changed (set KIOSK_DATA_DIR to an empty folder).`,
    );
  }
  return undefined;
}
