import type { ExportedFile } from '../../../../../shared/ipc/exportedFile.js';

/**
 * Hands an exported file to the browser as a download (the web host; Electron's host saves
 * it the same way until the office's shared export helper takes over after issue 11's merge).
 */
export function downloadExportedFile(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
