import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { CameraProblem } from '../../../shared/i18n/cardScanWords.js';
import { cameraProblemOf } from './cameraProblem';
import { createQrDecoder } from './qrDecoder';
import type { QrDecoder } from './qrDecoder';

export type CameraScanState =
  { kind: 'opening' } | { kind: 'live' } | { kind: 'problem'; problem: CameraProblem };

/** About eight looks a second: quick to answer, and light on a 2-core kiosk. */
const FRAME_INTERVAL_MS = 120;
/** A QR code of 7 fields is read well at this width; bigger frames only cost time. */
const MAX_FRAME_WIDTH = 960;

export const FIRST_FRAME_MARK = 'camera-first-frame';
export const DECODED_MARK = 'camera-decoded';

/**
 * The camera while the live view is open: starts it and the decoder together, draws a frame
 * into a canvas every ~120 ms for the decoder, and on a code stops the camera before handing the
 * text on. The camera's tracks are stopped on a code, on cancel and on unmount, so it is off
 * whenever the view is not open. `retry` starts everything again (the "Thử lại" button).
 */
export function useCameraScan(onDecoded: (text: string) => void): {
  state: CameraScanState;
  videoRef: RefObject<HTMLVideoElement | null>;
  retry: () => void;
} {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraScanState>({ kind: 'opening' });
  const [attempt, setAttempt] = useState(0);
  const decoded = useEffectEvent(onDecoded);

  useEffect(() => {
    let open = true;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const video = videoRef.current;
    const canvas = document.createElement('canvas');

    let firstFrameShown = false;
    // The first frame is on screen when Chromium presents it, or when the decoder is handed it,
    // whichever comes first (a quick decoder can read a code before the presentation callback).
    const firstFrame = () => {
      if (firstFrameShown || !open) return;
      firstFrameShown = true;
      performance.mark(FIRST_FRAME_MARK);
      setState({ kind: 'live' });
    };

    const stop = () => {
      open = false;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      stream = null;
      if (video !== null) video.srcObject = null;
    };
    const fail = (problem: CameraProblem) => {
      if (!open) return;
      stop();
      setState({ kind: 'problem', problem });
    };

    // Every look, the first and each one a timer starts: a throw in any of them (a canvas that
    // cannot be drawn, a decoder gone bad) turns the camera off and says so, never leaves it on
    // with nothing looking.
    const look = (decoder: QrDecoder) => {
      lookOnce(decoder).catch(() => fail('failed'));
    };
    const lookOnce = async (decoder: QrDecoder) => {
      if (!open || video === null) return;
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        const scale = Math.min(1, MAX_FRAME_WIDTH / video.videoWidth);
        const width = Math.round(video.videoWidth * scale);
        const height = Math.round(video.videoHeight * scale);
        if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
        canvas.getContext('2d', { willReadFrequently: true })?.drawImage(video, 0, 0, width, height);
        firstFrame();
        const text = await decoder.decode(canvas).catch(() => null);
        if (!open) return;
        if (text !== null && text !== '') {
          performance.mark(DECODED_MARK);
          stop();
          decoded(text);
          return;
        }
      }
      timer = setTimeout(() => look(decoder), FRAME_INTERVAL_MS);
    };

    const start = async () => {
      performance.clearMarks(FIRST_FRAME_MARK);
      performance.clearMarks(DECODED_MARK);
      const decoderReady = createQrDecoder();
      // Settled here too, so a camera refused first leaves no unhandled rejection behind.
      decoderReady.catch(() => undefined);
      try {
        if (navigator.mediaDevices === undefined) throw new DOMException('no media devices', 'NotFoundError');
        const opened = await navigator.mediaDevices.getUserMedia({
          video: { width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        });
        if (!open) {
          for (const track of opened.getTracks()) track.stop();
          return;
        }
        stream = opened;
      } catch (error) {
        fail(cameraProblemOf(error));
        return;
      }
      if (video === null) return;
      video.srcObject = stream;
      video.requestVideoFrameCallback(firstFrame);
      try {
        await video.play();
      } catch (error) {
        fail(cameraProblemOf(error));
        return;
      }
      let decoder: QrDecoder;
      try {
        decoder = await decoderReady;
      } catch {
        fail('failed');
        return;
      }
      look(decoder);
    };

    void start();
    return stop;
  }, [attempt]);

  const retry = () => {
    setState({ kind: 'opening' });
    setAttempt((count) => count + 1);
  };
  return { state, videoRef, retry };
}
