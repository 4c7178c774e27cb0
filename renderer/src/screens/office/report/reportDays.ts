import { addDays } from '../../../../../shared/rules/time.js';

/** The latest `count` days from `latest` back, none before `earliest`: the quick choices. */
export function recentDays(earliest: string, latest: string, count: number): string[] {
  const days: string[] = [];
  for (let day = latest; day >= earliest && days.length < count; day = addDays(day, -1)) days.push(day);
  return days;
}
