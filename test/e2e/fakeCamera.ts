import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';

/*
 * A fake camera for Chromium (`--use-file-for-fake-video-capture=FILE.y4m`): a few YUV4MPEG2
 * frames (4:2:0) of a QR code drawn black on white with its quiet zone, as a card held still
 * in front of the kiosk's camera. Chromium plays the file in a loop.
 */
const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 5;
/** A QR code needs 4 modules of white around it to be found. */
const QUIET_ZONE = 4;
/** Limited-range luma, as a camera sends it. */
const BLACK = 16;
const WHITE = 235;
const NEUTRAL_CHROMA = 128;

/** The luma plane of one frame: the QR code of `text`, centred, on white. */
export function qrLumaPlane(text: string): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = modules.size + 2 * QUIET_ZONE;
  const modulePx = Math.floor((Math.min(WIDTH, HEIGHT) * 0.85) / side);
  if (modulePx < 3) throw new Error(`The text is too long for a ${WIDTH}×${HEIGHT} fake camera`);
  const plane = new Uint8Array(WIDTH * HEIGHT).fill(WHITE);
  const left = Math.floor((WIDTH - modules.size * modulePx) / 2);
  const top = Math.floor((HEIGHT - modules.size * modulePx) / 2);
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col) === 0) continue;
      for (let y = 0; y < modulePx; y += 1) {
        const start = (top + row * modulePx + y) * WIDTH + left + col * modulePx;
        plane.fill(BLACK, start, start + modulePx);
      }
    }
  }
  return plane;
}

/** A whole .y4m file showing `text` as a QR code (or a blank white card when `text` is null). */
export function fakeCameraVideo(text: string | null): Buffer {
  const luma = text === null ? new Uint8Array(WIDTH * HEIGHT).fill(WHITE) : qrLumaPlane(text);
  const chroma = new Uint8Array((WIDTH / 2) * (HEIGHT / 2) * 2).fill(NEUTRAL_CHROMA);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420\n`, 'ascii');
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), luma, chroma]);
  return Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]);
}

let folder: string | undefined;

/**
 * Writes the fake camera's file `<name>.y4m` showing `text` (or a blank card) and returns its
 * path; one name per spec, as a browser may still read another spec's file. The files hold a
 * card's made-up name and address: they go into one temporary folder per process, which is
 * removed when the process exits.
 */
export function writeFakeCameraFile(name: string, text: string | null): string {
  if (folder === undefined) {
    const created = mkdtempSync(join(tmpdir(), 'kiosk-fake-camera-'));
    folder = created;
    process.on('exit', () => rmSync(created, { recursive: true, force: true }));
  }
  const path = join(folder, `${name}.y4m`);
  writeFileSync(path, fakeCameraVideo(text));
  return path;
}
