/**
 * Groups the digits as they are typed, PPP G YY SSSSSS read as 001 090 012345: short groups
 * are easier to compare against the card than twelve digits in a row.
 */
export function groupIdNumberDigits(digits: string): string {
  return [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].filter((part) => part !== '').join(' ');
}
