import { z } from 'zod';

const NoArgs = z.object({}).strict();
const PinDigits = z.string().regex(/^\d{4,8}$/);

export const SetupStage = z.enum(['complete', 'first-pin', 'recovery-kit']);
export type SetupStage = z.infer<typeof SetupStage>;

export const setupMethods = {
  /** What the first-run screen shows; callable by anyone while setup is not complete. */
  'setup.status': {
    args: NoArgs,
    result: z
      .object({
        stage: SetupStage,
        kioskId: z.string(),
        communeName: z.string(),
        supervisor: z.object({ staffId: z.string(), displayName: z.string() }).strict(),
      })
      .strict(),
  },
  /** The first supervisor's PIN, typed twice. Only at stage first-pin. */
  'setup.setFirstPin': {
    args: z.object({ pin: PinDigits, pinAgain: PinDigits }).strict(),
    result: z.object({ stage: SetupStage }).strict(),
  },
  /** Writes the recovery kit into `destination` (an absolute folder, e.g. a USB stick).
   *  Only at stage recovery-kit, or later by a signed-in supervisor (a new kit). The
   *  passphrase is returned once, to be written down; the kiosk never stores it. */
  'setup.writeRecoveryKit': {
    args: z.object({ destination: z.string().min(1).max(1024) }).strict(),
    result: z.object({ file: z.string(), passphrase: z.string(), stage: SetupStage }).strict(),
  },
} as const;
