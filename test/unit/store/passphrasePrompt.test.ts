import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { askHidden, recoveryPassphraseFrom } from '../../../electron/core/store/recovery/passphrasePrompt.js';
import type { PromptTerminal } from '../../../electron/core/store/recovery/passphrasePrompt.js';

/** A terminal a test types on: what is shown is collected, raw mode is recorded. */
function aTerminal(isTTY = true) {
  const input = Object.assign(new PassThrough(), {
    isTTY,
    rawModes: [] as boolean[],
    setRawMode(raw: boolean) {
      this.rawModes.push(raw);
      return this;
    },
  });
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += chunk.toString()));
  const terminal: PromptTerminal = { input, output };
  return { terminal, input, shown: () => shown };
}

describe('asking the recovery passphrase on the terminal', () => {
  it('shows the question and nothing typed, then gives the line back and leaves raw mode', async () => {
    const { terminal, input, shown } = aTerminal();
    const asked = askHidden('Passphrase: ', terminal);
    input.write('7KQ2-M9XD');
    input.write('-4HTB-0RWN-C5PE-V8JA\r');
    expect(await asked).toBe('7KQ2-M9XD-4HTB-0RWN-C5PE-V8JA');
    expect(shown()).toBe('Passphrase: \n');
    expect(input.rawModes).toEqual([true, false]);
  });

  it('backspace erases the last character; other control characters are ignored', async () => {
    const { terminal, input } = aTerminal();
    const asked = askHidden('? ', terminal);
    input.write('ABX\u007fC\u001bD\n');
    expect(await asked).toBe('ABCD');
  });

  it('Ctrl-C cancels, and the terminal leaves raw mode', async () => {
    const { terminal, input } = aTerminal();
    const asked = askHidden('? ', terminal);
    input.write('AB\u0003');
    await expect(asked).rejects.toMatchObject({ name: 'PassphrasePromptError', reason: 'CANCELLED' });
    expect(input.rawModes).toEqual([true, false]);
  });

  it('KIOSK_RECOVERY_PASSPHRASE answers without asking', async () => {
    const { terminal, shown } = aTerminal();
    expect(await recoveryPassphraseFrom({ KIOSK_RECOVERY_PASSPHRASE: 'abcd efgh' }, terminal)).toBe(
      'abcd efgh',
    );
    expect(shown()).toBe('');
  });

  it('with neither the variable nor a terminal, says how to give it', async () => {
    const { terminal } = aTerminal(false);
    await expect(recoveryPassphraseFrom({}, terminal)).rejects.toMatchObject({
      reason: 'NO_TERMINAL',
      message: expect.stringMatching(/set KIOSK_RECOVERY_PASSPHRASE/),
    });
  });
});
