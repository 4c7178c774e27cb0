import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderExportSaver, writeBytesWhole } from '../../../electron/core/report/ExportSaver.js';
import {
  createExportFolderPicker,
  exportFolderDialogOptions,
} from '../../../electron/main/exportFolderPicker.js';
import type { FolderDialog } from '../../../electron/main/exportFolderPicker.js';

// Issue 11: in Electron an office export is saved into a folder staff pick (Electron's dialog,
// here a stand-in), written whole.
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-export-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function standInDialog(answer: OpenDialogReturnValue) {
  const asked: { parent: unknown; options: OpenDialogOptions }[] = [];
  const dialog = {
    async showOpenDialog(first: BaseWindow | OpenDialogOptions, second?: OpenDialogOptions) {
      asked.push(
        second === undefined
          ? { parent: undefined, options: first as OpenDialogOptions }
          : { parent: first, options: second },
      );
      return answer;
    },
  } as FolderDialog;
  return { dialog, asked };
}

describe('the export folder picker', () => {
  it('asks for one folder over the kiosk window, and answers the folder picked', async () => {
    const window = {} as BaseWindow;
    const { dialog, asked } = standInDialog({ canceled: false, filePaths: ['/media/usb'] });
    await expect(createExportFolderPicker(dialog, () => window)()).resolves.toBe('/media/usb');
    expect(asked).toEqual([{ parent: window, options: exportFolderDialogOptions }]);
    expect(exportFolderDialogOptions.properties).toContain('openDirectory');
    expect(exportFolderDialogOptions.properties).not.toContain('openFile');
  });

  it('answers nothing when staff cancel', async () => {
    const { dialog } = standInDialog({ canceled: true, filePaths: [] });
    await expect(createExportFolderPicker(dialog, () => undefined)()).resolves.toBeUndefined();
  });
});

describe('saving an export into the picked folder', () => {
  it('writes the bytes whole under the file name, replacing an older copy, and leaves no temp file', async () => {
    await writeFile(join(dir, 'bao-cao-ngay-2026-11-23.csv'), 'old');
    const bytes = Buffer.from('\uFEFFGiờ,Mã tra cứu\r\n', 'utf8');
    const saver = createFolderExportSaver({ pickFolder: async () => dir });
    await expect(saver.save({ fileName: 'bao-cao-ngay-2026-11-23.csv', bytes })).resolves.toEqual({
      saved: true,
      file: join(dir, 'bao-cao-ngay-2026-11-23.csv'),
    });
    expect(await readFile(join(dir, 'bao-cao-ngay-2026-11-23.csv'))).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['bao-cao-ngay-2026-11-23.csv']);
  });

  it('saves nothing when no folder was picked', async () => {
    const saver = createFolderExportSaver({ pickFolder: async () => undefined });
    await expect(saver.save({ fileName: 'a.csv', bytes: Buffer.from('x') })).resolves.toEqual({
      saved: false,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves neither the file nor a temp file when the folder cannot be written', async () => {
    const gone = join(dir, 'unplugged');
    await expect(writeBytesWhole(join(gone, 'a.pdf'), Buffer.from('%PDF-'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await readdir(dir)).toEqual([]);
  });
});
