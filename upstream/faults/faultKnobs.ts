import { z } from 'zod';

const Rate = z.number().min(0).max(1);
const Milliseconds = z.number().int().min(0).max(60_000);

/** The statuses an injected error can take: what a real gateway in front of the service sends. */
export const faultStatuses = [500, 502, 503, 504, 429] as const;
export type FaultStatus = (typeof faultStatuses)[number];

/**
 * What the service does wrong on purpose (DESIGN §4), per `/v1` request, in this order:
 * wait `latencyMs` plus up to `latencyJitterMs`; then drop the connection (`dropRate`); then
 * answer an error (`errorRate`). Both happen before the request is even read, so neither has any
 * effect. `loseResponseRate` applies to `POST /v1/changes` answered 200: the batch is applied
 * and saved, then the connection is destroyed instead of answering.
 */
export const FaultKnobs = z
  .object({
    latencyMs: Milliseconds,
    latencyJitterMs: Milliseconds,
    errorRate: Rate,
    /** Each injected error takes one of these, chosen at random. */
    errorStatuses: z.array(z.literal(faultStatuses)).min(1).max(faultStatuses.length),
    /** Sent with every injected error. */
    retryAfterSeconds: z.number().int().min(0).max(3_600),
    dropRate: Rate,
    loseResponseRate: Rate,
  })
  .strict();
export type FaultKnobs = z.infer<typeof FaultKnobs>;

export const noFaults: Readonly<FaultKnobs> = Object.freeze<FaultKnobs>({
  latencyMs: 0,
  latencyJitterMs: 0,
  errorRate: 0,
  errorStatuses: [503, 429],
  retryAfterSeconds: 1,
  dropRate: 0,
  loseResponseRate: 0,
});

/** A change of some knobs, and optionally a new seed so a run can be repeated. */
export const FaultSettingsUpdate = FaultKnobs.partial()
  .extend({ seed: z.number().int().min(0).max(0xffff_ffff).optional() })
  .strict();
export type FaultSettingsUpdate = z.infer<typeof FaultSettingsUpdate>;
