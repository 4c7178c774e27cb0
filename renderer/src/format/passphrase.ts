const GROUP = 4;

/**
 * The recovery passphrase in the groups it is copied in (e.g. six groups of four). The kiosk
 * makes it with separators; one without any is cut into fours, so it is never one long line.
 */
export function passphraseGroups(passphrase: string): string[] {
  const groups = passphrase.split(/[\s-]+/).filter((group) => group !== '');
  if (groups.length !== 1) return groups;
  const [whole = ''] = groups;
  return Array.from({ length: Math.ceil(whole.length / GROUP) }, (_, index) =>
    whole.slice(index * GROUP, (index + 1) * GROUP),
  );
}

/** Each character on its own, groups apart: what a screen reader should spell, not pronounce. */
export function spelledPassphrase(groups: readonly string[]): string {
  return groups.map((group) => group.split('').join(' ')).join(', ');
}
