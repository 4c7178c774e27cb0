/*
 * A few error codes carry a fact in their (English, log-oriented) message: attempts left, a
 * time to wait, an instant. The screen's own sentence comes from the catalogue; these read
 * only the number, and a message without it simply gives the sentence without the number.
 */

/** "… 2 attempts left" → 2 */
export function attemptsLeft(message: string): number | undefined {
  const match = /(\d+)\s+attempts?\s+left/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** "… retry in 25 seconds" → 25 */
export function retryAfterSeconds(message: string): number | undefined {
  const match = /retry in\s+(\d+)\s*s/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** "… until 2026-11-23T08:15:00.000Z" → that instant */
export function untilInstant(message: string): string | undefined {
  const match = /until\s+(\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))/i.exec(message);
  return match && !Number.isNaN(Date.parse(match[1] ?? '')) ? match[1] : undefined;
}
