import type { ReactNode } from 'react';
import { useFocusOnMount } from '../../components/useFocusOnMount';
import { useMessages } from '../../i18n/useMessages';
import { IDENTIFY_STEPS } from './stepParts';
import { BackButton } from '../../components/BackButton';

interface StepPageProps {
  /** The section's own class beside `screen`, and the id prefix of its heading. */
  name: string;
  titleId: string;
  step: number;
  title: string;
  hint?: string;
  /** What the citizen already entered, shown above the step's own part. */
  context: ReactNode;
  onBack: () => void;
  backDisabled?: boolean;
  backLabel?: string;
  /** The footer's main button; without one, "Quay lại" stands alone at the start. */
  primary?: ReactNode;
  children: ReactNode;
}

/** The frame of an identify step without a pad: step label, focused heading, hint, context, footer. */
export function StepPage(props: StepPageProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className={`screen ${props.name}`} aria-labelledby={props.titleId}>
      <p className="step-label">{t.identify.step(props.step, IDENTIFY_STEPS)}</p>
      <h1 id={props.titleId} ref={headingRef} tabIndex={-1}>
        {props.title}
      </h1>
      {props.hint !== undefined && <p className="hint">{props.hint}</p>}
      {props.context}
      {props.children}
      <div
        className={props.primary === undefined ? 'screen__footer screen__footer--start' : 'screen__footer'}
      >
        <BackButton
          onBack={props.onBack}
          {...(props.backDisabled === undefined ? {} : { disabled: props.backDisabled })}
          {...(props.backLabel === undefined ? {} : { label: props.backLabel })}
        />
        {props.primary}
      </div>
    </section>
  );
}
