import type { ReactNode } from 'react';
import type { Messages } from '../i18n/useMessages';

/*
 * Simple drawings of the VNeID app's screens, one per step, with a ring where to tap. Our own
 * drawings: shapes and the app's button labels only, no personal data. The words beside each
 * drawing say the same thing, so the drawings are hidden from screen readers.
 */

type Labels = Messages['guide']['drawing'];

const W = 220;
const H = 440;
const SCREEN = { x: 14, y: 46, w: 192, h: 350 };

function PhoneFrame({ children }: { children: ReactNode }) {
  return (
    <svg className="guide-phone" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <rect x="2" y="2" width={W - 4} height={H - 4} rx="30" className="guide-phone__body" />
      <rect
        x={SCREEN.x}
        y={SCREEN.y}
        width={SCREEN.w}
        height={SCREEN.h}
        rx="6"
        className="guide-phone__screen"
      />
      <rect x="85" y="20" width="50" height="8" rx="4" className="guide-phone__slot" />
      <circle cx="110" cy="418" r="11" className="guide-phone__button" />
      {children}
    </svg>
  );
}

/**
 * Where to tap: a thick outline around the control, in the kiosk's focus colour, and a finger
 * pointing at it from below. Neither covers the control's label.
 */
function Tap({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const tipX = x + w * 0.72;
  const tipY = y + h - 8;
  return (
    <g className="guide-tap">
      <rect x={x - 5} y={y - 5} width={w + 10} height={h + 10} rx="10" className="guide-tap__ring" />
      {/* A hand seen from the back, index finger up, its tip on the control's lower edge. */}
      <g transform={`translate(${tipX} ${tipY}) rotate(-18)`} className="guide-tap__hand">
        <rect x="-9" y="14" width="24" height="22" rx="8" />
        <rect x="-5" y="0" width="10" height="24" rx="5" />
      </g>
    </g>
  );
}

function AppBar({ title }: { title: string }) {
  return (
    <>
      <rect x={SCREEN.x} y={SCREEN.y} width={SCREEN.w} height="38" rx="6" className="guide-ui__bar" />
      <text x={W / 2} y={SCREEN.y + 25} className="guide-ui__bar-text" textAnchor="middle">
        {title}
      </text>
    </>
  );
}

export function GuideStep1({ labels }: { labels: Labels }) {
  const tabs = [
    { x: 50, label: labels.home },
    { x: 110, label: '' },
    { x: 170, label: labels.personal },
  ];
  return (
    <PhoneFrame>
      <AppBar title="VNeID" />
      {[0, 1, 2].map((row) =>
        [0, 1, 2].map((col) => (
          <rect
            key={`${row}-${col}`}
            x={30 + col * 58}
            y={100 + row * 62}
            width="44"
            height="44"
            rx="10"
            className="guide-ui__tile"
          />
        )),
      )}
      <rect x={SCREEN.x} y="342" width={SCREEN.w} height="54" className="guide-ui__tabs" />
      {tabs.map((tab) => (
        <g key={tab.x}>
          <rect x={tab.x - 11} y="350" width="22" height="14" rx="4" className="guide-ui__tab-icon" />
          {tab.label !== '' && (
            <text x={tab.x} y="384" textAnchor="middle" className="guide-ui__small">
              {tab.label}
            </text>
          )}
        </g>
      ))}
      <Tap x={144} y={346} w={52} h={44} />
    </PhoneFrame>
  );
}

export function GuideStep2({ labels }: { labels: Labels }) {
  const items = [labels.accountInfo, labels.manageDevices, labels.settings];
  return (
    <PhoneFrame>
      <AppBar title={labels.personal} />
      <circle cx="110" cy="122" r="26" className="guide-ui__tile" />
      {items.map((label, index) => (
        <g key={label}>
          <rect
            x="24"
            y={172 + index * 56}
            width="172"
            height="44"
            rx="8"
            className={index === 1 ? 'guide-ui__row guide-ui__row--target' : 'guide-ui__row'}
          />
          <text x="36" y={199 + index * 56} className="guide-ui__text">
            {label}
          </text>
        </g>
      ))}
      <Tap x={24} y={228} w={172} h={44} />
    </PhoneFrame>
  );
}

export function GuideStep3({ labels }: { labels: Labels }) {
  return (
    <PhoneFrame>
      <AppBar title={labels.manageDevices} />
      <rect x="24" y="100" width="172" height="92" rx="8" className="guide-ui__row" />
      <rect x="36" y="114" width="18" height="30" rx="4" className="guide-ui__tab-icon" />
      <text x="64" y="136" className="guide-ui__text">
        {labels.newPhone}
      </text>
      <rect x="24" y="206" width="172" height="122" rx="8" className="guide-ui__row guide-ui__row--target" />
      <rect x="36" y="220" width="18" height="30" rx="4" className="guide-ui__tab-icon" />
      <text x="64" y="242" className="guide-ui__text">
        {labels.oldPhone}
      </text>
      <rect x="40" y="272" width="140" height="40" rx="8" className="guide-ui__danger" />
      <text x="110" y="298" textAnchor="middle" className="guide-ui__button-text">
        {labels.unlink}
      </text>
      <Tap x={40} y={272} w={140} h={40} />
    </PhoneFrame>
  );
}

export function GuideStep4({ labels }: { labels: Labels }) {
  return (
    <PhoneFrame>
      <AppBar title={labels.manageDevices} />
      <rect
        x={SCREEN.x}
        y={SCREEN.y + 38}
        width={SCREEN.w}
        height={SCREEN.h - 38}
        className="guide-ui__shade"
      />
      <rect x="26" y="150" width="168" height="150" rx="12" className="guide-ui__dialog" />
      <text x="110" y="186" textAnchor="middle" className="guide-ui__text guide-ui__text--bold">
        {labels.question}
      </text>
      <rect x="36" y="240" width="68" height="40" rx="8" className="guide-ui__row" />
      <text x="70" y="266" textAnchor="middle" className="guide-ui__small">
        {labels.cancel}
      </text>
      <rect x="116" y="240" width="68" height="40" rx="8" className="guide-ui__primary" />
      <text x="150" y="266" textAnchor="middle" className="guide-ui__small guide-ui__small--light">
        {labels.confirm}
      </text>
      <Tap x={116} y={240} w={68} h={40} />
    </PhoneFrame>
  );
}
