import { GuideStep1, GuideStep2, GuideStep3, GuideStep4 } from '../components/GuideDrawings';
import { useFocusOnMount } from '../components/useFocusOnMount';
import { useMessages } from '../i18n/useMessages';
import './GuideScreen.css';

const drawings = [GuideStep1, GuideStep2, GuideStep3, GuideStep4];

interface GuideScreenProps {
  onHome: () => void;
  onDoItHere: () => void;
}

/** The same four steps as in the app (Cá nhân → Quản lý thiết bị → Hủy liên kết → Xác nhận), drawn. */
export function GuideScreen({ onHome, onDoItHere }: GuideScreenProps) {
  const t = useMessages();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="screen guide" aria-labelledby="guide-title">
      <h1 id="guide-title" ref={headingRef} tabIndex={-1}>
        {t.guide.title}
      </h1>
      <p className="guide__lead">{t.guide.lead}</p>
      <ol className="guide__steps">
        {t.guide.steps.map((step, index) => {
          const Drawing = drawings[index];
          return (
            <li key={step.title} className="guide-step">
              {Drawing !== undefined && <Drawing labels={t.guide.drawing} />}
              <p className="guide-step__number">{t.guide.stepLabel(index + 1)}</p>
              <h2 className="guide-step__title">{step.title}</h2>
              <p className="guide-step__body">{step.body}</p>
            </li>
          );
        })}
      </ol>
      <div className="guide__safety">
        <h2>{t.guide.safetyTitle}</h2>
        <ul>
          {t.guide.safety.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div className="screen__footer">
        <button type="button" className="button button--secondary" onClick={onDoItHere}>
          {t.guide.atKiosk}
        </button>
        <button data-action="primary" type="button" className="button button--primary" onClick={onHome}>
          {t.common.home}
        </button>
      </div>
    </section>
  );
}
