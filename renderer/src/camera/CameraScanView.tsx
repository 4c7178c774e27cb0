import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { useMessages } from '../i18n/useMessages';
import { useCameraScan } from './useCameraScan';
import './CameraScanView.css';

/**
 * A view nobody touches closes itself, and the camera with it: a citizen who walks away from
 * Welcome leaves no camera on (Welcome alone has no idle wipe). As long as the kiosk's default
 * self-service wait (the configured one is known to App only); a touch or a key starts it again.
 */
export const UNATTENDED_VIEW_MS = 90_000;

export interface CameraScanViewProps {
  /** The raw text of the QR code read; the camera is already off. */
  onDecoded: (text: string) => void;
  /** "Hủy" (or Escape): the camera is turned off by closing the view. */
  onCancel: () => void;
}

/**
 * The camera's live view, full screen over the screen that opened it: the picture with a square
 * to aim the card's QR code at, a hint, and "Hủy". A native modal dialog, so what is behind it
 * is inert. This module and the decoder it uses are one lazy chunk (CardCameraButton).
 */
export function CameraScanView({ onDecoded, onCancel }: CameraScanViewProps) {
  const t = useMessages().cardScan.camera;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const hintId = useId();
  const { state, videoRef, retry } = useCameraScan(onDecoded);
  const [touches, setTouches] = useState(0);
  const unattended = useEffectEvent(onCancel);

  useEffect(() => {
    const timer = setTimeout(unattended, UNATTENDED_VIEW_MS);
    return () => clearTimeout(timer);
  }, [touches]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => dialog.close();
  }, []);

  // Escape closes a native dialog by itself; here it is "Hủy", so the camera stops with it.
  const onDialogCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onCancel();
  };

  const problem = state.kind === 'problem' ? state.problem : null;
  const canRetry = problem === 'busy' || problem === 'failed';

  return (
    <dialog
      ref={dialogRef}
      className="camera-scan"
      aria-labelledby={titleId}
      aria-describedby={problem === null ? hintId : undefined}
      onCancel={onDialogCancel}
      onPointerDown={() => setTouches((count) => count + 1)}
      onKeyDown={() => setTouches((count) => count + 1)}
    >
      <h1 id={titleId} className="camera-scan__title">
        {t.title}
      </h1>
      <div className={problem === null ? 'camera-scan__stage' : 'camera-scan__stage camera-scan__stage--off'}>
        <video
          ref={videoRef}
          className="camera-scan__video"
          aria-label={t.videoLabel}
          autoPlay
          muted
          playsInline
          disablePictureInPicture
        />
        <div className="camera-scan__aim" aria-hidden="true" />
        {state.kind === 'opening' && (
          <p className="camera-scan__status" role="status">
            {t.opening}
          </p>
        )}
      </div>
      {problem !== null && <ErrorNotice text={t.problems[problem]} />}
      {problem === null && (
        <p id={hintId} className="camera-scan__hint">
          {t.hint}
        </p>
      )}
      <div className="camera-scan__actions">
        {canRetry && (
          <button type="button" className="button button--secondary" onClick={retry}>
            {t.retry}
          </button>
        )}
        <button
          ref={cancelRef}
          data-action="back"
          type="button"
          className="button button--secondary"
          onClick={onCancel}
        >
          {t.cancel}
        </button>
      </div>
    </dialog>
  );
}
