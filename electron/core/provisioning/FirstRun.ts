import { assertNewPin } from '../staff/newPin.js';
import { KioskError, recoveryKitFailureReasons } from '../../../shared/ipc/errors.js';
import type { SetupStage } from '../../../shared/ipc/setupContract.js';
import type { StaffDirectory } from '../staff/StaffDirectory.js';
import type { KioskStore } from '../store/KioskStore.js';
import type { Provisioning } from '../store/kioskDocument.js';
import { writeRecoveryKit } from '../store/recovery/recoveryKit.js';
import { RecoveryKitError } from '../store/recovery/RecoveryKitError.js';
import { generateRecoveryPassphrase } from '../store/recovery/recoveryPassphrase.js';
import { setupStageOf } from './setupStage.js';

export interface FirstRunOptions {
  store: Pick<KioskStore, 'read' | 'commit'>;
  staffDirectory: StaffDirectory;
  /** The store's data key, which the recovery kit wraps. */
  dataKey: () => Promise<Buffer>;
  kioskId: string;
  /** A kit is never written inside the data folder: it must outlive the machine. */
  dataDir: string;
  now: () => Date;
}

export interface RecoveryKitWritten {
  file: string;
  /** Shown once, to be written down; never stored. */
  passphrase: string;
}

type RecoveryKitFailureReason = (typeof recoveryKitFailureReasons)[number];

function isRecoveryKitFailureReason(reason: string): reason is RecoveryKitFailureReason {
  return (recoveryKitFailureReasons as readonly string[]).includes(reason);
}

/** A kit writer's failure as the contract's error: its reason when it gave one, else by errno. */
function kitFailure(error: unknown): KioskError<'RECOVERY_KIT_FAILED'> {
  const given = error instanceof RecoveryKitError ? error.reason : undefined;
  const errno = (error as NodeJS.ErrnoException).code;
  const reason =
    given !== undefined && isRecoveryKitFailureReason(given)
      ? given
      : errno === 'ENOSPC' || errno === 'EDQUOT'
        ? 'DESTINATION_FULL'
        : errno === 'ENOENT' || errno === 'ENOTDIR'
          ? 'DESTINATION_INVALID'
          : 'WRITE_FAILED';
  return new KioskError(
    'RECOVERY_KIT_FAILED',
    `The recovery kit was not written: ${(error as Error).message}`,
    {
      reason,
    },
  );
}

/**
 * The first run of a provisioned kiosk, shared by the first-run screens (setup handlers) and
 * `npm run provision`: the first supervisor's PIN, then the recovery kit.
 */
export class FirstRun {
  readonly #options: FirstRunOptions;

  constructor(options: FirstRunOptions) {
    this.#options = options;
  }

  stage(): SetupStage {
    return setupStageOf(this.#options.store.read());
  }

  provisioning(): Readonly<Provisioning> | undefined {
    return this.#options.store.read().provisioning;
  }

  /** Enrols provisioning's first supervisor, as a supervisor, with the PIN typed twice. */
  async setFirstPin(pin: string, pinAgain: string): Promise<SetupStage> {
    const provisioning = this.provisioning();
    if (provisioning === undefined || this.stage() !== 'first-pin')
      throw new KioskError(
        'SETUP_NOT_AVAILABLE',
        'The first PIN is set once, on a provisioned kiosk with no staff yet.',
      );
    assertNewPin(pin, pinAgain);
    const { staffId, displayName } = provisioning.firstSupervisor;
    await this.#options.staffDirectory.enrol({ staffId, displayName, pin, role: 'supervisor' }, [
      {
        action: 'staff.enrolled',
        actor: 'staff',
        staffId,
        outcome: 'supervisor',
        detail: 'first supervisor, at first run',
      },
    ]);
    return this.stage();
  }

  /**
   * Writes a recovery kit into `destination` with a new passphrase, and records that one was
   * written (where, never the passphrase). `staffId` is whoever asked (a supervisor, or the first run).
   */
  async writeRecoveryKit(destination: string, staffId: string | undefined): Promise<RecoveryKitWritten> {
    const { kioskId, dataDir, now } = this.#options;
    const passphrase = generateRecoveryPassphrase();
    let file: string;
    try {
      ({ file } = await writeRecoveryKit({
        key: await this.#options.dataKey(),
        kioskId,
        destination,
        passphrase,
        dataDir,
      }));
    } catch (error) {
      throw kitFailure(error);
    }
    await this.#options.store.commit(
      [{ type: 'setup.recoveryKitWritten', at: now().toISOString(), file }],
      [
        {
          action: 'setup.recoveryKitWritten',
          ...(staffId === undefined ? { actor: 'kiosk' as const } : { actor: 'staff' as const, staffId }),
          outcome: 'written',
          detail: file.slice(-300),
        },
      ],
    );
    return { file, passphrase };
  }
}
