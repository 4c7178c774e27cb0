import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
// Vite emits the reader's .wasm into the build and gives its URL on the kiosk's own origin.
import readerWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** Finds a QR code in one picture from the camera: its text, or null when there is none. */
export interface QrDecoder {
  readonly kind: 'native' | 'zxing-wasm';
  decode(frame: HTMLCanvasElement): Promise<string | null>;
}

/** The part of the Barcode Detection API used here; TypeScript's DOM types lack it. */
interface NativeBarcodeDetector {
  detect(image: HTMLCanvasElement): Promise<readonly { rawValue: string }[]>;
}
interface NativeBarcodeDetectorClass {
  new (options: { formats: string[] }): NativeBarcodeDetector;
  getSupportedFormats(): Promise<string[]>;
}

/**
 * The decoder for the live view. Chromium's own BarcodeDetector where it exists and reads QR
 * codes (not in Debian's Chromium); otherwise ZXing compiled to WebAssembly, whose .wasm is
 * fetched from the kiosk itself: zxing-wasm would otherwise fetch it from a CDN, and the kiosk
 * is often offline and must never reach the internet.
 */
export async function createQrDecoder(): Promise<QrDecoder> {
  return (await nativeDecoder()) ?? (await zxingDecoder());
}

async function nativeDecoder(): Promise<QrDecoder | null> {
  if (!('BarcodeDetector' in window)) return null;
  const Detector = (window as unknown as { BarcodeDetector: NativeBarcodeDetectorClass }).BarcodeDetector;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    const detector = new Detector({ formats: ['qr_code'] });
    return {
      kind: 'native',
      async decode(frame) {
        const [found] = await detector.detect(frame);
        return found?.rawValue ?? null;
      },
    };
  } catch {
    return null;
  }
}

/** One object for the page's life: zxing-wasm keeps its compiled module while the overrides are the same. */
const zxingOverrides = {
  locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? readerWasmUrl : prefix + path),
};

async function zxingDecoder(): Promise<QrDecoder> {
  // Loads and compiles the module now, while the camera starts, not on the first frame.
  await prepareZXingModule({ overrides: zxingOverrides, fireImmediately: true });
  return {
    kind: 'zxing-wasm',
    async decode(frame) {
      const context = frame.getContext('2d', { willReadFrequently: true });
      if (context === null) return null;
      const picture = context.getImageData(0, 0, frame.width, frame.height);
      const [found] = await readBarcodes(picture, {
        formats: ['QRCode'],
        maxNumberOfSymbols: 1,
        tryHarder: true,
      });
      return found?.isValid === true ? found.text : null;
    },
  };
}
