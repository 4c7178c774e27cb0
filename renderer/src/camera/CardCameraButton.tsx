import { Component, lazy, Suspense, useState } from 'react';
import type { ReactNode } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { useMessages } from '../i18n/useMessages';

/** The live view and the QR decoder it imports (zxing-wasm) are one chunk, loaded on the first press. */
const CameraScanView = lazy(() =>
  import('./CameraScanView').then((module) => ({ default: module.CameraScanView })),
);

export interface CardCameraButtonProps {
  /** The raw text of the QR code read; called after the view has closed and the camera is off. */
  onScanned: (text: string) => void;
  disabled?: boolean;
}

/**
 * "Quét mã QR trên thẻ căn cước": opens the camera's live view over the current screen. A
 * secondary button, never the screen's marked action: typing the number stays the main way.
 */
export function CardCameraButton({ onScanned, disabled = false }: CardCameraButtonProps) {
  const t = useMessages();
  const [open, setOpen] = useState(false);

  const close = () => setOpen(false);
  const scanned = (text: string) => {
    setOpen(false);
    onScanned(text);
  };

  return (
    <>
      <button
        type="button"
        className="button button--secondary card-camera-button"
        disabled={disabled || open}
        onClick={() => setOpen(true)}
      >
        <CameraIcon />
        {t.cardScan.cameraButton}
      </button>
      {open && (
        <ViewLoadBoundary onCancel={close}>
          <Suspense fallback={null}>
            <CameraScanView onDecoded={scanned} onCancel={close} />
          </Suspense>
        </ViewLoadBoundary>
      )}
    </>
  );
}

function CameraIcon() {
  return (
    <svg width="40" height="40" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
        d="M3 7h4l2-3h6l2 3h4v13H3z M12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z"
      />
    </svg>
  );
}

/** The chunk could not be loaded (a damaged install): said in words, with "Hủy" to go on typing. */
function ViewLoadFailed({ onCancel }: { onCancel: () => void }) {
  const t = useMessages().cardScan.camera;
  return (
    <div className="card-camera-failed" role="alert">
      <ErrorNotice text={t.problems.failed} />
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}

class ViewLoadBoundary extends Component<{ onCancel: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? <ViewLoadFailed onCancel={this.props.onCancel} /> : this.props.children;
  }
}
