import { describe, expect, it } from 'vitest';
import { layoutFindings } from '../../e2e/layoutRules.js';
import type { LayoutMeasures, MeasuredAction, MeasuredOverflow } from '../../e2e/layoutRules.js';

const viewport = { width: 1920, height: 1080 };

function action(overrides: Partial<MeasuredAction> = {}): MeasuredAction {
  return {
    action: 'primary',
    label: '"Tiếp tục" <button class="button button--primary">',
    box: { top: 900, left: 1500, bottom: 988, right: 1800 },
    coveredBy: null,
    ...overrides,
  };
}

function overflow(overrides: Partial<MeasuredOverflow> = {}): MeasuredOverflow {
  return {
    label: '"Samsung Galaxy A52" <p class="device-card__name">',
    hidesX: true,
    hidesY: true,
    scrollWidth: 400,
    clientWidth: 400,
    scrollHeight: 40,
    clientHeight: 40,
    ...overrides,
  };
}

function screen(overrides: Partial<LayoutMeasures> = {}): LayoutMeasures {
  return {
    viewport,
    actions: [
      action(),
      action({
        action: 'back',
        label: '"Quay lại" <button>',
        box: { top: 900, left: 100, bottom: 988, right: 400 },
      }),
    ],
    overflows: [overflow()],
    ...overrides,
  };
}

describe('the layout rule (issue 12 §2)', () => {
  it('accepts a screen whose actions are in view and whose text fits', () => {
    expect(layoutFindings(screen())).toEqual([]);
  });

  it('names an action pushed below the viewport', () => {
    const findings = layoutFindings(
      screen({
        actions: [
          action({
            label: '"Quay lại" <button>',
            action: 'back',
            box: { top: 1050, left: 100, bottom: 1138, right: 400 },
          }),
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toContain('"Quay lại" <button>');
    expect(findings[0]).toContain('not wholly inside the 1920×1080 viewport');
  });

  it('names an action off the side or above the top, even partly', () => {
    expect(
      layoutFindings(
        screen({ actions: [action({ box: { top: 900, left: 1800, bottom: 988, right: 2000 } })] }),
      ),
    ).toHaveLength(1);
    expect(
      layoutFindings(screen({ actions: [action({ box: { top: -40, left: 100, bottom: 48, right: 400 } })] })),
    ).toHaveLength(1);
  });

  it('allows a pixel of rounding at the edges', () => {
    const atEdge = action({ box: { top: -0.5, left: -0.5, bottom: 1080.8, right: 1920.6 } });
    expect(layoutFindings(screen({ actions: [atEdge] }))).toEqual([]);
  });

  it('names what covers an action at its centre', () => {
    const covered = action({ coveredBy: '"Khi xong…" <div class="screen__footer">' });
    const findings = layoutFindings(screen({ actions: [covered] }));
    expect(findings).toEqual([
      expect.stringContaining('covered at its centre by "Khi xong…" <div class="screen__footer">'),
    ]);
  });

  it('counts a screen with no marked action as a finding', () => {
    expect(layoutFindings(screen({ actions: [] }))).toEqual([
      expect.stringContaining('no visible element marked'),
    ]);
  });

  it('refuses two visible primaries, and a marker that is neither primary nor back', () => {
    expect(layoutFindings(screen({ actions: [action(), action({ label: '"Xác nhận" <button>' })] }))).toEqual(
      [expect.stringContaining('2 visible data-action="primary"')],
    );
    expect(layoutFindings(screen({ actions: [action({ action: 'next' })] }))).toEqual([
      expect.stringContaining('unknown data-action="next"'),
    ]);
  });

  it('names text cut off in a box that hides its overflow, either way', () => {
    const wide = overflow({ scrollWidth: 460 });
    const tall = overflow({ label: '"Cần hỏi thêm" <div class="box">', scrollHeight: 90 });
    const findings = layoutFindings(screen({ overflows: [wide, tall] }));
    expect(findings).toEqual([
      expect.stringContaining(
        '"Samsung Galaxy A52" <p class="device-card__name"> is cut off sideways (460 px of text in 400 px)',
      ),
      expect.stringContaining('"Cần hỏi thêm" <div class="box"> is cut off below (90 px of text in 40 px)'),
    ]);
  });

  it('ignores a pixel of rounding and the direction a box lets overflow show', () => {
    expect(layoutFindings(screen({ overflows: [overflow({ scrollWidth: 401, scrollHeight: 41 })] }))).toEqual(
      [],
    );
    expect(layoutFindings(screen({ overflows: [overflow({ hidesY: false, scrollHeight: 300 })] }))).toEqual(
      [],
    );
  });
});
