const DAY_MS = 24 * 60 * 60 * 1000;

/** The day `days` after `day` (YYYY-MM-DD; before it when negative). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The latest `count` days from `latest` back, none before `earliest`: the quick choices. */
export function recentDays(earliest: string, latest: string, count: number): string[] {
  const days: string[] = [];
  for (let day = latest; day >= earliest && days.length < count; day = addDays(day, -1)) days.push(day);
  return days;
}
