/**
 * What the store acknowledged to the kiosk: every change whose accept resolved, and the last
 * final state (applied, duplicate, conflict, rejected) whose write resolved. Only what was
 * acknowledged counts; a write that failed promised nothing.
 */
export class AckLedger {
  readonly #finalStates = new Map<string, string | undefined>();

  accepted(changeId: string): void {
    if (!this.#finalStates.has(changeId)) this.#finalStates.set(changeId, undefined);
  }

  finished(changeId: string, state: string): void {
    this.#finalStates.set(changeId, state);
  }

  get changeIds(): string[] {
    return [...this.#finalStates.keys()];
  }

  get size(): number {
    return this.#finalStates.size;
  }

  finalStateOf(changeId: string): string | undefined {
    return this.#finalStates.get(changeId);
  }

  clone(): AckLedger {
    const copy = new AckLedger();
    for (const [changeId, state] of this.#finalStates) {
      copy.accepted(changeId);
      if (state !== undefined) copy.finished(changeId, state);
    }
    return copy;
  }
}
