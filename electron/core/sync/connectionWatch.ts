import type { ConnectionState } from '../../../shared/domain/connection.js';
import type { UpstreamContact } from '../upstream/UpstreamClient.js';

/**
 * Whether the national system can be reached, from what its answers said (issue 12 §3):
 * - `unknown` until the first request answers or fails: a kiosk just started says nothing either way;
 * - `online` after any answer it gave as itself: a success, a refusal (4xx: the request was
 *   wrong, the system is there), and a 429 (busy, but there);
 * - `offline` after a request that found it unreachable: no connection, a timeout, a 5xx, or an
 *   answer that is not its own (a proxy's page).
 *
 * Requests overlap: one that left before the system last answered, and fails only now (a 10 s
 * timeout, say), is older news than that answer and changes nothing.
 */
export class ConnectionWatch {
  #state: ConnectionState = 'unknown';
  /** When the system last answered as itself, on the upstream client's clock. */
  #lastReachedAt: number | undefined;

  get state(): ConnectionState {
    return this.#state;
  }

  /** Takes in one call's contact; true when the state changed. */
  observe(contact: Pick<UpstreamContact, 'reachable' | 'sentAt' | 'answeredAt'>): boolean {
    const before = this.#state;
    if (contact.reachable) {
      this.#lastReachedAt = Math.max(this.#lastReachedAt ?? contact.answeredAt, contact.answeredAt);
      this.#state = 'online';
    } else if (this.#lastReachedAt === undefined || contact.sentAt >= this.#lastReachedAt) {
      this.#state = 'offline';
    }
    return this.#state !== before;
  }
}
