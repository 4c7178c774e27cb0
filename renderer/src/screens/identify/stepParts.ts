/** How many steps the citizen is told the flow has (the proof is step 4, whichever it is). */
export const IDENTIFY_STEPS = 4;

/** A passcode or an SMS code: six digits in one group. */
export const CODE_GROUPS = [6] as const;

/** What the pad and "Quay lại" do on a typing step; the parent wires them to the flow. */
export interface PadHandlers {
  onKey: (key: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onBack: () => void;
}
