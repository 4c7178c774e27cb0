import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue } from 'electron';

/** The little of Electron's `dialog` the picker needs: a seam, so it can be tested without Electron. */
export interface FolderDialog {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/** The dialog's options: one folder (a USB stick, Documents), made there if staff type a new name. */
export const exportFolderDialogOptions: OpenDialogOptions = {
  title: 'Chọn thư mục lưu báo cáo',
  buttonLabel: 'Lưu vào đây',
  properties: ['openDirectory', 'createDirectory'],
};

/**
 * Asks staff for the folder an export goes to, over the kiosk window (modal, so the kiosk
 * cannot be used behind it). Undefined when they cancel.
 */
export function createExportFolderPicker(
  dialog: FolderDialog,
  window: () => BaseWindow | undefined,
): () => Promise<string | undefined> {
  return async () => {
    const parent = window();
    const answer =
      parent === undefined
        ? await dialog.showOpenDialog(exportFolderDialogOptions)
        : await dialog.showOpenDialog(parent, exportFolderDialogOptions);
    return answer.canceled ? undefined : answer.filePaths[0];
  };
}
