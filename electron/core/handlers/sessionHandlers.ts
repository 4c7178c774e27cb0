import type { VerificationMethod } from '../../../shared/domain/change.js';
import { KioskError } from '../../../shared/ipc/errors.js';
import type { sessionMethods, SessionSummary } from '../../../shared/ipc/sessionContract.js';
import { accountOfVerification } from '../../../shared/upstream/api.js';
import type { VerificationRequest } from '../../../shared/upstream/api.js';
import type { KioskServices } from './kioskServices.js';
import type { HandlersFor } from './handlerTypes.js';
import {
  auditActor,
  isAssisted,
  requirePossibleIssueDate,
  requireValidIdNumber,
  summaryOf,
} from './citizenAccess.js';
import { isUnreachable, kioskErrorFrom } from './upstreamErrors.js';
import { UpstreamFailure } from '../upstream/upstreamFailure.js';

/** Identifying the citizen: passcode, SMS OTP, or a staff member who checked the card. */
export function createSessionHandlers(services: KioskServices): HandlersFor<typeof sessionMethods> {
  const { session, upstream, audit } = services;

  const failed = async (idNumber: string, method: VerificationMethod, error: unknown): Promise<never> => {
    const translated = kioskErrorFrom(error, services.now());
    await audit.append({
      action: 'session.verificationFailed',
      ...auditActor(services),
      idNumber,
      verifiedBy: method,
      assisted: isAssisted(services),
      outcome: translated instanceof KioskError ? translated.code : 'INTERNAL',
    });
    throw translated;
  };

  /** Verifies with the national system, reads the account, and only then begins the session. */
  const verify = async (
    request: VerificationRequest & { method: 'passcode' | 'otp' },
  ): Promise<SessionSummary> => {
    session.clear();
    const { idNumber, method } = request;
    try {
      const verification = await upstream.verify(request);
      // The answer carries the account; only an older national system needs the second request.
      const account =
        accountOfVerification(verification) ?? (await upstream.readAccount(idNumber, verification.token));
      const citizen = session.begin({
        idNumber,
        method,
        token: verification.token,
        verifiedAt: services.now().toISOString(),
        account,
      });
      await audit.append({
        action: 'session.verified',
        ...auditActor(services),
        idNumber,
        verifiedBy: method,
        assisted: isAssisted(services),
      });
      return summaryOf(services, citizen);
    } catch (error) {
      session.clear();
      return failed(idNumber, method, error);
    }
  };

  return {
    'session.verifyPasscode': ({ idNumber, passcode }) =>
      verify({ idNumber: requireValidIdNumber(idNumber, services.now()), method: 'passcode', passcode }),

    'session.requestOtp': async ({ idNumber }) => {
      const id = requireValidIdNumber(idNumber, services.now());
      try {
        const sent = await upstream.requestOtp(id);
        return { sentToMasked: sent.sentTo, expiresAt: sent.expiresAt, resendAfter: sent.resendAfter };
      } catch (error) {
        throw kioskErrorFrom(error, services.now());
      }
    },

    'session.verifyOtp': ({ idNumber, otp }) =>
      verify({ idNumber: requireValidIdNumber(idNumber, services.now()), method: 'otp', otp }),

    'session.attestByStaff': async ({ idNumber, dateOfBirth, card }) => {
      const staff = services.staff.require();
      const id = requireValidIdNumber(idNumber, services.now(), dateOfBirth);
      // A scanned card only saves typing (issue 13): its issue date is checked, then carried into
      // the evidence. Nothing below depends on it, so it never raises the trust given.
      if (card !== undefined) requirePossibleIssueDate(card.issuedOn, dateOfBirth, services.now());
      // Only staff the national system knows may vouch for a card, online or off (issue 10).
      const notRegistered = () =>
        new KioskError(
          'STAFF_NOT_REGISTERED',
          `Staff member ${staff.staffId} is not registered with the national system yet.`,
          { staffId: staff.staffId },
        );
      if (services.staffDirectory.find(staff.staffId)?.registeredAt === undefined) throw notRegistered();
      session.clear();
      const verifiedAt = services.now().toISOString();
      const auditAttestation = (outcome: 'confirmed-online' | 'offline') =>
        audit.append({
          action: 'session.attested',
          actor: 'staff',
          staffId: staff.staffId,
          idNumber: id,
          verifiedBy: 'staff',
          assisted: true,
          outcome,
        });
      let token: string | undefined;
      try {
        const verification = await upstream.verify({ idNumber: id, method: 'staff', staffId: staff.staffId });
        token = verification.token;
        const account = accountOfVerification(verification) ?? (await upstream.readAccount(id, token));
        // The card in the staff member's hand and the national record must be the same person.
        if (account.dateOfBirth !== dateOfBirth) {
          throw new KioskError(
            'INVALID_ID_NUMBER',
            'DOB_MISMATCH: the date of birth on the card is not the one on record for this ID number.',
          );
        }
        const citizen = session.begin({
          idNumber: id,
          method: 'staff',
          staffId: staff.staffId,
          dateOfBirth,
          ...(card === undefined ? {} : { card }),
          token,
          verifiedAt,
          account,
        });
        await auditAttestation('confirmed-online');
        return summaryOf(services, citizen);
      } catch (error) {
        if (!isUnreachable(error)) {
          session.clear();
          // Registered here, unknown there (its registry was reset): refused like an unregistered member.
          if (error instanceof UpstreamFailure && error.upstreamCode === 'STAFF_UNKNOWN') {
            return failed(id, 'staff', notRegistered());
          }
          return failed(id, 'staff', error);
        }
      }
      // The national system cannot be asked: the staff member's check of the card is the proof,
      // and changes go to the queue carrying their staff ID (DESIGN §2, "Staff, in assisted mode").
      // The date goes into each change's evidence: offline, only its year could be checked here.
      const citizen = session.begin({
        idNumber: id,
        method: 'staff',
        staffId: staff.staffId,
        dateOfBirth,
        ...(card === undefined ? {} : { card }),
        verifiedAt,
        ...(token === undefined ? {} : { token }),
      });
      await auditAttestation('offline');
      return summaryOf(services, citizen);
    },

    'session.end': async () => {
      session.end('ended');
      return { ended: true };
    },
  };
}
