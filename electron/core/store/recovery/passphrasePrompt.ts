/** The terminal the passphrase is asked on: process.stdin and process.stderr, or a test's streams. */
export interface PromptTerminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
  output: NodeJS.WritableStream;
}

export type PassphrasePromptFailure = 'NO_TERMINAL' | 'CANCELLED';

export class PassphrasePromptError extends Error {
  override readonly name = 'PassphrasePromptError';
  readonly reason: PassphrasePromptFailure;

  constructor(reason: PassphrasePromptFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}

export const RECOVERY_PASSPHRASE_VARIABLE = 'KIOSK_RECOVERY_PASSPHRASE';

const ENTER = new Set(['\r', '\n']);
const CANCEL = new Set(['\u0003', '\u0004']); // Ctrl-C, Ctrl-D
const ERASE = new Set(['\u007f', '\b']);

/**
 * Reads one line from the terminal without echoing it: raw mode, so nothing typed (or pasted)
 * is shown or left in the scrollback. Backspace erases; Ctrl-C or Ctrl-D cancels.
 */
export function askHidden(question: string, terminal: PromptTerminal): Promise<string> {
  const { input, output } = terminal;
  if (input.isTTY !== true || input.setRawMode === undefined) {
    return Promise.reject(new PassphrasePromptError('NO_TERMINAL', 'There is no terminal to ask on.'));
  }
  const setRawMode = input.setRawMode.bind(input);
  output.write(question);
  setRawMode(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (outcome: () => void) => {
      input.off('data', onData);
      setRawMode(false);
      input.pause();
      output.write('\n');
      outcome();
    };
    const onData = (chunk: Buffer | string) => {
      for (const character of chunk.toString()) {
        if (ENTER.has(character)) return finish(() => resolve(typed));
        if (CANCEL.has(character))
          return finish(() => reject(new PassphrasePromptError('CANCELLED', 'Cancelled at the prompt.')));
        if (ERASE.has(character)) typed = [...typed].slice(0, -1).join('');
        else if (character >= ' ') typed += character;
      }
      return undefined;
    };
    input.on('data', onData);
  });
}

/**
 * The recovery passphrase for `npm run restore -- --recovery-kit`: `KIOSK_RECOVERY_PASSPHRASE`
 * when set (scripts, tests), otherwise asked hidden on the terminal. Never a command-line
 * option: any local user reads those with `ps`.
 */
export async function recoveryPassphraseFrom(
  env: Readonly<Record<string, string | undefined>>,
  terminal: PromptTerminal,
): Promise<string> {
  const given = env[RECOVERY_PASSPHRASE_VARIABLE];
  if (given !== undefined && given !== '') return given;
  try {
    return await askHidden('Recovery passphrase (from the paper kept with the kit; not shown): ', terminal);
  } catch (error) {
    if (error instanceof PassphrasePromptError && error.reason === 'NO_TERMINAL') {
      throw new PassphrasePromptError(
        'NO_TERMINAL',
        `There is no terminal to ask the recovery passphrase on: run the command in a terminal, or set ${RECOVERY_PASSPHRASE_VARIABLE}.`,
      );
    }
    throw error;
  }
}
