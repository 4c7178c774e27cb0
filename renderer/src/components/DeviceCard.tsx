import { useId } from 'react';
import type { Device } from '../../../shared/domain/account.js';
import { formatDate } from '../format/date';
import { useMessages } from '../i18n/useMessages';
import { WarningIcon } from './Icons';

interface DeviceCardProps {
  device: Device;
  /** Plain sentences on why this device deserves a look; empty when it does not. */
  suspicion: readonly string[];
  /** Absent when the account cannot be changed. */
  onUnlink: ((device: Device) => void) | undefined;
}

/** Device text comes from the national system: it is rendered as text, never as markup. */
export function DeviceCard({ device, suspicion, onUnlink }: DeviceCardProps) {
  const t = useMessages();
  // Upstream ids may hold any character, so the element ids are React's own.
  const titleId = useId();
  const noteId = useId();
  const classes = ['device-card'];
  if (device.active) classes.push('device-card--active');
  if (suspicion.length > 0) classes.push('device-card--suspicious');
  return (
    <li className={classes.join(' ')}>
      <div className="device-card__head">
        <h2 id={titleId} className="device-card__name">
          {device.name}
        </h2>
        {device.active && <span className="badge badge--active">{t.devices.active}</span>}
        {suspicion.length > 0 && (
          <span className="badge badge--suspicious">
            <WarningIcon />
            {t.devices.suspicious}
          </span>
        )}
        {/* At the top of the card, so it is in view even when the list is longer than the screen. */}
        {onUnlink !== undefined && (
          <button
            type="button"
            className={
              device.active
                ? 'button button--secondary-danger device-card__unlink'
                : 'button button--danger device-card__unlink'
            }
            onClick={() => onUnlink(device)}
            aria-describedby={titleId}
          >
            {t.devices.unlink}
          </button>
        )}
      </div>
      {device.active && <p className="device-card__active-hint">{t.devices.activeHint}</p>}
      {suspicion.length > 0 && (
        <div id={noteId} className="device-card__suspicion">
          {suspicion.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t.devices.model}</dt>
          <dd>{device.modelName ?? t.devices.modelCode(device.model)}</dd>
        </div>
        <div>
          <dt>{t.devices.os}</dt>
          <dd>{device.os}</dd>
        </div>
        <div>
          <dt>{t.devices.firstSeen}</dt>
          <dd>{formatDate(device.firstSeen)}</dd>
        </div>
        <div>
          <dt>{t.devices.lastSeen}</dt>
          <dd>{formatDate(device.lastSeen)}</dd>
        </div>
        {device.lastPlace !== undefined && device.lastPlace !== '' && (
          <div>
            <dt>{t.devices.lastPlace}</dt>
            <dd>{device.lastPlace}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
