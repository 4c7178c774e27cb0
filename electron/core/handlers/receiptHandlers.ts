import { KioskError } from '../../../shared/ipc/errors.js';
import type { ReceiptLanguage, receiptMethods } from '../../../shared/ipc/receiptContract.js';
import { receiptFileName, renderReceiptPdf } from '../receipts/receiptPdf.js';
import type { ReceiptFacts } from '../receipts/receiptPdf.js';
import { auditActor, isAssisted } from './citizenAccess.js';
import { mayHaveReceipt } from './receiptAccess.js';
import type { HandlersFor } from './handlerTypes.js';
import type { KioskServices } from './kioskServices.js';
import { marketingNameOf } from '../devices/deviceModelNames.js';

interface RenderedReceipt {
  facts: ReceiptFacts;
  fileName: string;
  pdf: Buffer;
}

/**
 * The slip for a change, with the change's real state at this moment. Only for the citizen who
 * made it, in this session, or for the staff member who served them: a reference code alone must
 * not print anyone's masked ID number.
 */
async function renderFor(
  services: KioskServices,
  changeId: string,
  language: ReceiptLanguage,
): Promise<RenderedReceipt> {
  const citizen = services.session.current();
  const staff = services.staff.current();
  const change = await services.changes.byChangeId(changeId);
  if (change === undefined || !mayHaveReceipt(services, changeId, change)) {
    throw new KioskError(
      'RECEIPT_NOT_AVAILABLE',
      'A receipt is available only for a change made in this session or by the signed-in staff member.',
    );
  }
  // The device's name only for the citizen who made the change, who saw it: a slip printed again
  // later (by staff, from the lookup) shows no more than the first one did.
  const device =
    change.deviceId === undefined || citizen?.changeIds.has(changeId) !== true
      ? undefined
      : citizen.shownDevices.get(change.deviceId);
  // The phone as the device list showed it: its marketing name, the code only when no list knows it.
  const model = device === undefined ? undefined : (marketingNameOf(device.model) ?? device.model);
  const deviceLabel =
    device === undefined
      ? undefined
      : model && model !== device.name
        ? `${device.name} (${model})`
        : device.name;
  const staffId = change.staffId ?? (staff?.changeIds.has(changeId) === true ? staff.staffId : undefined);
  const facts: ReceiptFacts = {
    reference: change.reference,
    kind: change.kind,
    ...(deviceLabel === undefined ? {} : { deviceLabel }),
    idNumberMasked: change.idNumberMasked,
    acceptedAt: change.acceptedAt,
    state: change.state,
    ...(change.outcomeCode === undefined ? {} : { outcomeCode: change.outcomeCode }),
    communeName: services.info.communeName,
    kioskId: services.info.kioskId,
    ...(staffId === undefined ? {} : { staffId }),
    issuedAt: services.now().toISOString(),
  };
  return { facts, fileName: receiptFileName(change.reference), pdf: await renderReceiptPdf(facts, language) };
}

export function createReceiptHandlers(services: KioskServices): HandlersFor<typeof receiptMethods> {
  return {
    'receipt.get': async ({ changeId, language }) => {
      const receipt = await renderFor(services, changeId, language ?? 'vi');
      return {
        reference: receipt.facts.reference,
        fileName: receipt.fileName,
        pdfBase64: receipt.pdf.toString('base64'),
      };
    },

    'receipt.print': async ({ changeId, language }) => {
      const receipt = await renderFor(services, changeId, language ?? 'vi');
      const printed =
        services.printer === undefined
          ? false
          : await services.printer
              .print({ pdf: receipt.pdf, fileName: receipt.fileName })
              .catch((error: unknown) => {
                console.error('kiosk: printing a receipt failed', error);
                return false;
              });
      await services.audit.append({
        action: 'receipt.printed',
        ...auditActor(services),
        changeId,
        reference: receipt.facts.reference,
        assisted: isAssisted(services),
        outcome: printed ? 'printed' : services.printer === undefined ? 'no-printer' : 'not-printed',
      });
      return { printed };
    },
  };
}
