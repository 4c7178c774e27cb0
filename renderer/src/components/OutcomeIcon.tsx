export type OutcomeTone = 'success' | 'waiting' | 'failure';

/** A shape for each outcome (tick, clock, cross), so it never rests on colour alone. */
export function OutcomeIcon({ tone }: { tone: OutcomeTone }) {
  return (
    <svg
      className={`outcome-icon outcome-icon--${tone}`}
      viewBox="0 0 48 48"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="24" cy="24" r="22" fill="currentColor" />
      {tone === 'success' && (
        <path
          d="M13 25l7 7 15-16"
          fill="none"
          stroke="#fff"
          strokeWidth="5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      {tone === 'waiting' && (
        <path
          d="M24 12v13l8 5"
          fill="none"
          stroke="#fff"
          strokeWidth="5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      {tone === 'failure' && (
        <path d="M16 16l16 16M32 16L16 32" fill="none" stroke="#fff" strokeWidth="5" strokeLinecap="round" />
      )}
    </svg>
  );
}
