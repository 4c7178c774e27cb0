import './DigitSlots.css';

interface DigitSlotsProps {
  /** Sizes of the groups, e.g. [3, 3, 6] for an ID number. */
  groups: readonly number[];
  value: string;
  /** Show a dot for each digit instead of the digit (passcodes). */
  masked?: boolean;
  /** Drawn between groups, as printed: "/" in a date, "-" in a lookup code. */
  separator?: string;
}

/**
 * One box per digit, grouped like the number on the card: the citizen sees what is typed and
 * how many digits are still missing, which a single text line does not show. Purely visual:
 * the screen announces the same facts in words next to it.
 */
export function DigitSlots({ groups, value, masked = false, separator }: DigitSlotsProps) {
  const groupSlots = positionsByGroup(groups);
  return (
    <div className={masked ? 'digit-slots digit-slots--masked' : 'digit-slots'} aria-hidden="true">
      {groupSlots.map((slots, groupIndex) => (
        <span key={slots[0]} className="digit-slots__group">
          {separator !== undefined && groupIndex > 0 && (
            <span className="digit-slots__separator">{separator}</span>
          )}
          {slots.map((position) => {
            const digit = value[position];
            const classes = ['digit-slot'];
            if (digit !== undefined) classes.push('digit-slot--filled');
            if (position === value.length) classes.push('digit-slot--next');
            return (
              <span key={position} className={classes.join(' ')}>
                {digit === undefined ? '' : masked ? '●' : digit}
              </span>
            );
          })}
        </span>
      ))}
    </div>
  );
}

/** [3, 3, 6] → [[0, 1, 2], [3, 4, 5], [6, …, 11]] */
function positionsByGroup(groups: readonly number[]): number[][] {
  const starts = groups.map((_, index) => groups.slice(0, index).reduce((sum, size) => sum + size, 0));
  return groups.map((size, index) =>
    Array.from({ length: size }, (_, offset) => (starts[index] ?? 0) + offset),
  );
}
