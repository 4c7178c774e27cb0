/** What one answer tells about the service clock: the offset lies somewhere in this range. */
export interface OffsetBounds {
  minMs: number;
  maxMs: number;
}

/** The Date header has whole seconds: the service clock read somewhere in [date, date + 1 s). */
const DATE_RESOLUTION_MS = 1000;

/**
 * The offsets (service clock minus kiosk clock) that agree with one answer: the service wrote
 * its Date header at some kiosk instant between sending the request and receiving the answer.
 * Undefined when the header is missing or unreadable, or the kiosk clock went backwards meanwhile.
 */
export function offsetBounds(
  dateHeader: string | null | undefined,
  sentAtMs: number,
  receivedAtMs: number,
): OffsetBounds | undefined {
  if (dateHeader === null || dateHeader === undefined || receivedAtMs < sentAtMs) return undefined;
  const serviceMs = Date.parse(dateHeader);
  if (Number.isNaN(serviceMs)) return undefined;
  return { minMs: serviceMs - receivedAtMs, maxMs: serviceMs + DATE_RESOLUTION_MS - 1 - sentAtMs };
}

/**
 * The kiosk's idea of the national system's clock. The service refuses signatures more than 5
 * minutes off its own clock, and a kiosk PC's clock can be hours off (a flat CMOS battery, a
 * wrong time zone set as UTC). Every answer's Date header narrows where the service clock is;
 * the offset only moves when an answer proves the current one wrong, so it does not wobble by the
 * header's one-second resolution on every request.
 */
export class ClockOffset {
  readonly #localNow: () => number;
  #offsetMs = 0;

  constructor(localNow: () => number) {
    this.#localNow = localNow;
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  /** The kiosk clock corrected to the service's, in whole milliseconds (what signatures carry). */
  now(): number {
    return Math.round(this.#localNow() + this.#offsetMs);
  }

  /** Learns from one answer; true when the offset moved. */
  observe(dateHeader: string | null | undefined, sentAtMs: number, receivedAtMs: number): boolean {
    const bounds = offsetBounds(dateHeader, sentAtMs, receivedAtMs);
    if (bounds === undefined) return false;
    if (this.#offsetMs >= bounds.minMs && this.#offsetMs <= bounds.maxMs) return false;
    this.#offsetMs = Math.round((bounds.minMs + bounds.maxMs) / 2);
    return true;
  }
}
