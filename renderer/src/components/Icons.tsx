/** Simple line icons beside the words on the big buttons. Decorative: the words carry the meaning. */

const common = {
  viewBox: '0 0 48 48',
  width: 64,
  height: 64,
  'aria-hidden': true,
  focusable: false,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 3.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function PhoneIcon() {
  return (
    <svg {...common}>
      <rect x="13" y="4" width="22" height="40" rx="4" />
      <path d="M21 38h6" />
    </svg>
  );
}

export function UnlinkIcon() {
  return (
    <svg {...common}>
      <rect x="6" y="8" width="16" height="30" rx="3" />
      <rect x="28" y="12" width="16" height="30" rx="3" />
      <path d="M11 33h6M33 37h6M24 6l2 6M31 4l-3 7" />
    </svg>
  );
}

/** Open for the "unlock" action; closed for a locked account. */
export function LockIcon({ open = true }: { open?: boolean }) {
  return (
    <svg {...common}>
      <rect x="9" y="21" width="30" height="22" rx="4" />
      <path d={open ? 'M16 21v-6a8 8 0 0 1 15.5-2.8' : 'M16 21v-6a8 8 0 0 1 16 0v6'} />
      <path d="M24 29v6" />
    </svg>
  );
}

export function SearchIcon() {
  return (
    <svg {...common}>
      <circle cx="21" cy="21" r="12" />
      <path d="M30 30l12 12" />
    </svg>
  );
}

export function BookIcon() {
  return (
    <svg {...common}>
      <path d="M24 12c-5-4-12-4-18-3v29c6-1 13-1 18 3 5-4 12-4 18-3V9c-6-1-13-1-18 3z" />
      <path d="M24 12v29" />
    </svg>
  );
}

export function PrinterIcon() {
  return (
    <svg {...common} width={44} height={44}>
      <path d="M13 18V5h22v13" />
      <rect x="5" y="18" width="38" height="16" rx="3" />
      <path d="M13 28h22v15H13z" />
    </svg>
  );
}

export function WarningIcon() {
  return (
    <svg {...common} width={40} height={40}>
      <path d="M24 5L3 42h42z" />
      <path d="M24 19v11M24 36v1" />
    </svg>
  );
}

export function StaffIcon() {
  return (
    <svg {...common} width={32} height={32}>
      <circle cx="24" cy="15" r="8" />
      <path d="M8 43c1-9 8-14 16-14s15 5 16 14" />
    </svg>
  );
}
