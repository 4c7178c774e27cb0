import { z } from 'zod';

/** The grounds on which Decree 59/2022 Art. 19 (now Decree 69/2024) locks an account. */
export const lockReasons = [
  'terms-violation',
  'holder-request',
  'id-card-revoked',
  'holder-deceased',
  'competent-authority',
] as const;
export const LockReason = z.enum(lockReasons);
export type LockReason = z.infer<typeof LockReason>;

export const AccountLevel = z.union([z.literal(1), z.literal(2)]);
export type AccountLevel = z.infer<typeof AccountLevel>;

export const AccountStatus = z.enum(['active', 'locked']);
export type AccountStatus = z.infer<typeof AccountStatus>;

export const Gender = z.enum(['male', 'female']);
export type Gender = z.infer<typeof Gender>;

/** ISO 8601 instant, e.g. 2026-11-23T08:00:00.000Z. */
export const Instant = z.iso.datetime({ offset: true });
/** Calendar date, YYYY-MM-DD. */
export const CalendarDate = z.iso.date();

export const Lock = z
  .object({
    reason: LockReason,
    since: Instant,
    until: Instant.optional(),
    requestedBy: z.string().min(1).max(200),
  })
  .strict();
export type Lock = z.infer<typeof Lock>;

/** Device text comes from the national system and is shown as text only, never as HTML. */
export const Device = z
  .object({
    deviceId: z.string().min(1).max(128),
    name: z.string().max(200),
    /** The model code the phone reports, e.g. "iPhone14,5" or "23021RAAEG". */
    model: z.string().max(200),
    /**
     * The name a citizen knows the phone by ("iPhone 13"), added by the kiosk's core from its
     * model lists; absent when the code is not known. Never taken from the national system.
     */
    modelName: z.string().max(200).optional(),
    os: z.string().max(100),
    firstSeen: Instant,
    lastSeen: Instant,
    lastPlace: z.string().max(200).optional(),
    active: z.boolean(),
  })
  .strict();
export type Device = z.infer<typeof Device>;

/** Papers a level-2 account can carry (DESIGN §1: driving licence, vehicle registration, health-insurance card, …). */
export const paperKinds = [
  'driving-licence',
  'vehicle-registration',
  'health-insurance-card',
  'social-insurance-book',
  'tax-code',
] as const;
export const PaperKind = z.enum(paperKinds);
export type PaperKind = z.infer<typeof PaperKind>;

/** A paper linked to the account. Its number comes masked: the kiosk only shows which paper it is. */
export const LinkedPaper = z
  .object({
    kind: PaperKind,
    numberMasked: z.string().min(1).max(40),
    validUntil: CalendarDate.optional(),
  })
  .strict();
export type LinkedPaper = z.infer<typeof LinkedPaper>;

/** Whether a portrait and fingerprints are on record; the images themselves never leave the national system. */
export const Biometrics = z.object({ portrait: z.boolean(), fingerprints: z.boolean() }).strict();
export type Biometrics = z.infer<typeof Biometrics>;

/** ISO 3166-1 alpha-3, e.g. VNM, KOR. */
export const CountryCode = z.string().regex(/^[A-Z]{3}$/);

/** A foreign holder's passport, part of a level-1 account's contents. */
export const Passport = z
  .object({
    numberMasked: z.string().min(1).max(40),
    issuingCountry: CountryCode,
    expiresOn: CalendarDate.optional(),
  })
  .strict();
export type Passport = z.infer<typeof Passport>;

/**
 * The contents fields after `devices` are optional so that an answer without them still parses:
 * absent means "not disclosed", not "none" (shared/rules/accountContents.ts judges only what is there).
 */
export const Account = z
  .object({
    idNumber: z.string().regex(/^\d{12}$/),
    fullName: z.string().min(1).max(200),
    dateOfBirth: CalendarDate,
    gender: Gender,
    level: AccountLevel,
    status: AccountStatus,
    lock: Lock.optional(),
    devices: z.array(Device).max(100),
    /** Absent for a Vietnamese citizen. */
    nationality: CountryCode.optional(),
    passport: Passport.optional(),
    /** The phone OTPs go to, masked, e.g. 091****678. */
    registeredPhoneMasked: z.string().min(4).max(20).optional(),
    biometrics: Biometrics.optional(),
    papers: z.array(LinkedPaper).max(50).optional(),
  })
  .strict();
export type Account = z.infer<typeof Account>;
