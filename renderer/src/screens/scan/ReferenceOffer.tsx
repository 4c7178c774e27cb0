import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useMessages } from '../../i18n/useMessages';

interface ReferenceOfferProps {
  reference: string;
  onLookup: () => void;
  onClose: () => void;
}

/**
 * A receipt's reference scanned where a card was expected: the citizen most likely wants to
 * know how that request stands, so the lookup is offered, with the code already in it.
 */
export function ReferenceOffer({ reference, onLookup, onClose }: ReferenceOfferProps) {
  const t = useMessages();
  return (
    <ConfirmDialog
      title={t.cardScan.referenceTitle}
      question={t.cardScan.referenceQuestion(reference)}
      tone="primary"
      confirmLabel={t.cardScan.referenceLookup}
      busy={false}
      error={null}
      onConfirm={onLookup}
      onCancel={onClose}
    />
  );
}
