import { vi } from './vi';
import type { Messages } from './vi';

/** The one place screens get their texts from, so a language choice can be added here later. */
export function useMessages(): Messages {
  return vi;
}
