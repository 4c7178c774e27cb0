import { describe, expect, it } from 'vitest';
import {
  firstRunReducer,
  initialFirstRun,
  isAbsoluteFolder,
} from '../../../renderer/src/state/firstRunFlow.js';
import type { FirstRunAction, FirstRunState } from '../../../renderer/src/state/firstRunFlow.js';

const run = (state: FirstRunState, ...actions: FirstRunAction[]) => actions.reduce(firstRunReducer, state);
const type = (digits: string): FirstRunAction[] => [...digits].map((key) => ({ type: 'typed', key }));
const atPin = () => run(initialFirstRun, { type: 'stage', stage: 'first-pin' });
const atKit = () => run(initialFirstRun, { type: 'stage', stage: 'recovery-kit' });

describe('first run: the PIN typed twice', () => {
  it('types digits only, up to 6, and erases and clears', () => {
    const typed = run(atPin(), ...type('48a07159'));
    expect(typed.pin).toBe('480715');
    expect(run(typed, { type: 'erased' }).pin).toBe('48071');
    expect(run(typed, { type: 'cleared' }).pin).toBe('');
  });

  it('refuses fewer than 6 digits, and says so until the next key', () => {
    const short = run(atPin(), ...type('12345'), { type: 'submit-pin' });
    expect(short.view.step).toBe('pin');
    expect(short.problem).toEqual({ kind: 'pin-length' });
    expect(run(short, { type: 'typed', key: '4' }).problem).toBeNull();
  });

  it('refuses one digit six times or a run before the PIN is typed again, and clears it', () => {
    const same = run(atPin(), ...type('777777'), { type: 'submit-pin' });
    expect([same.view.step, same.pin, same.problem]).toEqual([
      'pin',
      '',
      { kind: 'pin-weak', rule: 'same-digits' },
    ]);
    const run6 = run(atPin(), ...type('654321'), { type: 'submit-pin' });
    expect(run6.problem).toEqual({ kind: 'pin-weak', rule: 'sequence' });
  });

  it('asks for the PIN again, into its own field, and goes back to the first without it', () => {
    const again = run(atPin(), ...type('258014'), { type: 'submit-pin' }, ...type('25'));
    expect(again.view.step).toBe('pin-again');
    expect(again.pin).toBe('258014');
    expect(again.pinAgain).toBe('25');
    const back = run(again, { type: 'back' });
    expect(back.view.step).toBe('pin');
    expect(back.pinAgain).toBe('');
    expect(back.pin).toBe('258014');
  });

  it('shows a mismatch before any call, and starts both PINs again', () => {
    const mismatch = run(atPin(), ...type('258014'), { type: 'submit-pin' }, ...type('258015'), {
      type: 'submit-pin-again',
    });
    expect(mismatch.busy).toBe(false);
    expect(mismatch.view.step).toBe('pin');
    expect(mismatch.problem).toEqual({ kind: 'pin-mismatch' });
    expect([mismatch.pin, mismatch.pinAgain]).toEqual(['', '']);
  });

  it('turns busy (the call is due) only when both PINs match, and takes no keys meanwhile', () => {
    const saving = run(atPin(), ...type('258014'), { type: 'submit-pin' }, ...type('258014'), {
      type: 'submit-pin-again',
    });
    expect(saving.busy).toBe(true);
    expect(run(saving, { type: 'typed', key: '1' })).toBe(saving);
    expect(run(saving, { type: 'submit-pin-again' })).toBe(saving);
  });

  it('treats the core refusing a mismatch like its own, and words any other refusal from its code', () => {
    const saving = run(atPin(), ...type('258014'), { type: 'submit-pin' }, ...type('258014'), {
      type: 'submit-pin-again',
    });
    expect(run(saving, { type: 'pin-refused', code: 'SETUP_PIN_MISMATCH' })).toMatchObject({
      view: { step: 'pin' },
      problem: { kind: 'pin-mismatch' },
      busy: false,
    });
    expect(run(saving, { type: 'pin-refused', code: 'STORE_FAILED' }).problem).toEqual({
      kind: 'refused',
      code: 'STORE_FAILED',
    });
  });

  it('moves to the recovery kit when the core says the stage is next', () => {
    const saving = run(atPin(), ...type('258014'), { type: 'submit-pin' }, ...type('258014'), {
      type: 'submit-pin-again',
    });
    const kit = run(saving, { type: 'stage', stage: 'recovery-kit' });
    expect(kit.view.step).toBe('kit');
    expect([kit.pin, kit.pinAgain, kit.busy]).toEqual(['', '', false]);
  });
});

describe('first run: the recovery kit', () => {
  it('refuses a folder that is not an absolute path, without a call', () => {
    for (const folder of ['', 'usb', 'media/usb', 'E:', '..\\usb']) {
      const state = run(atKit(), { type: 'folder-changed', folder }, { type: 'submit-folder' });
      expect(state.busy).toBe(false);
      expect(state.problem).toEqual({ kind: 'folder-invalid' });
    }
  });

  it('accepts Linux, Windows and network folders', () => {
    for (const folder of ['/media/usb', 'E:\\', 'e:/kits', '\\\\server\\share']) {
      expect(isAbsoluteFolder(folder)).toBe(true);
      expect(run(atKit(), { type: 'folder-changed', folder }, { type: 'submit-folder' }).busy).toBe(true);
    }
  });

  it('words RECOVERY_KIT_FAILED by its reason, and keeps the folder to correct it', () => {
    const writing = run(atKit(), { type: 'folder-changed', folder: '/media/usb' }, { type: 'submit-folder' });
    const full = run(writing, {
      type: 'kit-refused',
      code: 'RECOVERY_KIT_FAILED',
      reason: 'DESTINATION_FULL',
    });
    expect(full).toMatchObject({ problem: { kind: 'kit-failed', reason: 'DESTINATION_FULL' }, busy: false });
    expect(full.folder).toBe('/media/usb');
    expect(run(writing, { type: 'kit-refused', code: 'OFFLINE' }).problem).toEqual({
      kind: 'refused',
      code: 'OFFLINE',
    });
  });

  it('shows the passphrase until it is copied, whatever stage the core reports meanwhile', () => {
    const writing = run(atKit(), { type: 'folder-changed', folder: '/media/usb' }, { type: 'submit-folder' });
    const shown = run(writing, { type: 'kit-written', file: '/media/usb/kit.json', passphrase: 'ABCD-EFGH' });
    expect(shown.view).toEqual({ step: 'passphrase', file: '/media/usb/kit.json', passphrase: 'ABCD-EFGH' });
    expect(run(shown, { type: 'stage', stage: 'complete' })).toBe(shown);
    const done = run(shown, { type: 'copied' });
    expect(done.view).toEqual({ step: 'done' });
    expect(JSON.stringify(done)).not.toContain('ABCD');
  });

  it('is done at once when the core says setup is complete', () => {
    expect(run(initialFirstRun, { type: 'stage', stage: 'complete' }).view.step).toBe('done');
  });
});
