import { z } from 'zod';
import { AccountLevel, AccountStatus } from '../domain/account.js';
import { VerificationMethod } from '../domain/change.js';

/** Typed freely on the pad: the core normalises and checks it, so the schema only bounds it. */
export const IdNumberInput = z.string().min(1).max(32);

/** Where a staff attestation's facts came from, when not typed: the card's QR code, and its issue date. */
export const CardSource = z
  .object({
    source: z.literal('card-qr'),
    /** The card's issue date, YYYY-MM-DD: the core refuses one after today or before the date of birth. */
    issuedOn: z.iso.date(),
  })
  .strict();
export type CardSource = z.infer<typeof CardSource>;

const SixDigits = z.string().regex(/^\d{6}$/, 'Six digits');

/**
 * Who is being served, masked. `fullName`, `level` and `status` are absent when a staff member
 * attested the citizen while the national system could not be reached: the kiosk then knows only
 * the ID number the staff member checked on the card.
 */
export const SessionSummary = z
  .object({
    idNumberMasked: z.string(),
    fullName: z.string().optional(),
    level: AccountLevel.optional(),
    status: AccountStatus.optional(),
    verifiedBy: VerificationMethod,
    /** A staff member is signed in on the kiosk and serving this citizen. */
    assisted: z.boolean(),
  })
  .strict();
export type SessionSummary = z.infer<typeof SessionSummary>;

export const OtpSent = z
  .object({
    /** The registered phone the OTP went to, masked as the national system sent it, e.g. 091****678. */
    sentToMasked: z.string(),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    /** Before this instant another OTP is refused (OTP_RATE_LIMITED). */
    resendAfter: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type OtpSent = z.infer<typeof OtpSent>;

export const sessionEndReasons = ['ended', 'idle', 'staff-signed-out'] as const;
export const SessionEndReason = z.enum(sessionEndReasons);
export type SessionEndReason = z.infer<typeof SessionEndReason>;

/** Pushed whenever the core ends a citizen session, so the renderer wipes what it shows. */
export const SessionEnded = z.object({ reason: SessionEndReason }).strict();
export type SessionEnded = z.infer<typeof SessionEnded>;

export const sessionMethods = {
  'session.verifyPasscode': {
    args: z
      .object({
        idNumber: IdNumberInput,
        passcode: z.string().regex(/^\d{6}$/, 'The passcode has 6 digits'),
      })
      .strict(),
    result: SessionSummary,
  },
  'session.requestOtp': {
    args: z.object({ idNumber: IdNumberInput }).strict(),
    result: OtpSent,
  },
  'session.verifyOtp': {
    args: z.object({ idNumber: IdNumberInput, otp: SixDigits }).strict(),
    result: SessionSummary,
  },
  'session.attestByStaff': {
    args: z
      .object({
        idNumber: IdNumberInput,
        /** As printed on the card the staff member checked, YYYY-MM-DD. */
        dateOfBirth: z.iso.date(),
        /** The staff member confirms they checked the physical card against the person. */
        cardChecked: z.literal(true),
        /**
         * Issue 13: the ID number and date of birth were read from the card's QR code. Only where
         * they came from and the card's issue date: no name, no address (the strict shape refuses them).
         */
        card: CardSource.optional(),
      })
      .strict(),
    result: SessionSummary,
  },
  'session.end': { args: z.object({}).strict(), result: z.object({ ended: z.literal(true) }).strict() },
} as const;
