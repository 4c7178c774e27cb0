/*
 * What "nothing cut off" means (issue 12 §2), judged from measurements the browser took
 * (layoutCheck.ts). Pure, so the rules themselves are unit-tested without a browser.
 */

export const actionKinds = ['primary', 'back'] as const;
export type ActionKind = (typeof actionKinds)[number];

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A visible element marked `data-action`, as the citizen sees it. */
export interface MeasuredAction {
  action: string;
  /** Its text, tag and class, to name it in a finding. */
  label: string;
  box: Box;
  /** What `elementFromPoint` found at its centre when that is not the action itself; null when it is. */
  coveredBy: string | null;
}

/** A visible element holding text whose computed overflow hides what does not fit. */
export interface MeasuredOverflow {
  label: string;
  hidesX: boolean;
  hidesY: boolean;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

export interface LayoutMeasures {
  /** The part of the window the page is drawn in (scroll bars excluded). */
  viewport: { width: number; height: number };
  actions: MeasuredAction[];
  overflows: MeasuredOverflow[];
}

/** Sub-pixel layout rounds either way; a real cut is always more than a pixel. */
export const ROUNDING_PX = 1;

function insideViewport(box: Box, viewport: LayoutMeasures['viewport']): boolean {
  return (
    box.top >= -ROUNDING_PX &&
    box.left >= -ROUNDING_PX &&
    box.bottom <= viewport.height + ROUNDING_PX &&
    box.right <= viewport.width + ROUNDING_PX
  );
}

function describeBox(box: Box): string {
  const round = (value: number) => Math.round(value);
  return `top ${round(box.top)}, left ${round(box.left)}, bottom ${round(box.bottom)}, right ${round(box.right)}`;
}

function actionFindings(measures: LayoutMeasures): string[] {
  const findings: string[] = [];
  if (measures.actions.length === 0) {
    findings.push('no visible element marked data-action="primary" or data-action="back" on this screen');
  }
  for (const kind of actionKinds) {
    const marked = measures.actions.filter((action) => action.action === kind);
    if (marked.length > 1) {
      findings.push(
        `${marked.length} visible data-action="${kind}": ${marked.map((action) => action.label).join('; ')}`,
      );
    }
  }
  for (const action of measures.actions) {
    if (!(actionKinds as readonly string[]).includes(action.action)) {
      findings.push(`unknown data-action="${action.action}" on ${action.label}`);
    }
    const { width, height } = measures.viewport;
    if (!insideViewport(action.box, measures.viewport)) {
      findings.push(
        `data-action="${action.action}" ${action.label} is not wholly inside the ${width}×${height} viewport (${describeBox(action.box)})`,
      );
    } else if (action.coveredBy !== null) {
      findings.push(
        `data-action="${action.action}" ${action.label} is covered at its centre by ${action.coveredBy}`,
      );
    }
  }
  return findings;
}

function overflowFindings(measures: LayoutMeasures): string[] {
  const findings: string[] = [];
  for (const box of measures.overflows) {
    const cutX = box.hidesX && box.scrollWidth > box.clientWidth + ROUNDING_PX;
    const cutY = box.hidesY && box.scrollHeight > box.clientHeight + ROUNDING_PX;
    if (cutX)
      findings.push(
        `${box.label} is cut off sideways (${box.scrollWidth} px of text in ${box.clientWidth} px)`,
      );
    if (cutY)
      findings.push(
        `${box.label} is cut off below (${box.scrollHeight} px of text in ${box.clientHeight} px)`,
      );
  }
  return findings;
}

/** Every way the screen as measured breaks the rule, in words; empty when it holds. */
export function layoutFindings(measures: LayoutMeasures): string[] {
  return [...actionFindings(measures), ...overflowFindings(measures)];
}
