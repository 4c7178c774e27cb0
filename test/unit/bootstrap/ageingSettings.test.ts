import { describe, expect, it } from 'vitest';
import { ageingFrom, SettingsError } from '../../../electron/core/bootstrap/kioskSettings.js';
import { ageingLevel } from '../../../shared/domain/syncAgeing.js';

const HOUR = 3_600_000;

describe('ageing of unsent changes (issue 11)', () => {
  it('warns at 2 hours and escalates at 12 by default, well inside the 24 hours evidence is accepted', () => {
    const thresholds = ageingFrom({});
    expect(thresholds).toEqual({ warnMs: 2 * HOUR, escalateMs: 12 * HOUR });
    expect(ageingLevel(undefined, thresholds)).toBe('ok');
    expect(ageingLevel(2 * HOUR - 1, thresholds)).toBe('ok');
    expect(ageingLevel(2 * HOUR, thresholds)).toBe('warning');
    expect(ageingLevel(12 * HOUR, thresholds)).toBe('escalation');
  });

  it('takes both thresholds in minutes from the environment', () => {
    expect(ageingFrom({ KIOSK_AGEING_WARN_MINUTES: '30', KIOSK_AGEING_ESCALATE_MINUTES: '90' })).toEqual({
      warnMs: 30 * 60_000,
      escalateMs: 90 * 60_000,
    });
  });

  it.each([
    [{ KIOSK_AGEING_WARN_MINUTES: 'soon' }, /KIOSK_AGEING_WARN_MINUTES must be a whole number of minutes/],
    [{ KIOSK_AGEING_ESCALATE_MINUTES: '0' }, /KIOSK_AGEING_ESCALATE_MINUTES must be a whole number/],
    [{ KIOSK_AGEING_WARN_MINUTES: '1.5' }, /KIOSK_AGEING_WARN_MINUTES/],
    [{ KIOSK_AGEING_WARN_MINUTES: '720', KIOSK_AGEING_ESCALATE_MINUTES: '120' }, /must be more than/],
  ])('refuses %j loudly', (env, message) => {
    expect(() => ageingFrom(env)).toThrow(SettingsError);
    expect(() => ageingFrom(env)).toThrow(message);
  });
});
