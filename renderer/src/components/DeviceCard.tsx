import { useId } from 'react';
import type { Device } from '../../../shared/domain/account.js';
import { formatDate } from '../format/date';
import { useMessages } from '../i18n/useMessages';

interface DeviceCardProps {
  device: Device;
  onUnlink: (device: Device) => void;
}

/** Device text comes from the national system: it is rendered as text, never as markup. */
export function DeviceCard({ device, onUnlink }: DeviceCardProps) {
  const t = useMessages();
  // Upstream ids may hold any character, so the element id is React's own.
  const titleId = useId();
  return (
    <li className={device.active ? 'device-card device-card--active' : 'device-card'}>
      <div className="device-card__head">
        <h2 id={titleId} className="device-card__name">
          {device.name}
        </h2>
        {device.active && <span className="badge badge--active">{t.devices.active}</span>}
      </div>
      {device.active && <p className="device-card__active-hint">{t.devices.activeHint}</p>}
      <dl className="facts">
        <div>
          <dt>{t.devices.model}</dt>
          <dd>{device.model}</dd>
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
      {!device.active && (
        <button
          type="button"
          className="button button--danger device-card__unlink"
          onClick={() => onUnlink(device)}
          aria-describedby={titleId}
        >
          {t.devices.unlink}
        </button>
      )}
    </li>
  );
}
