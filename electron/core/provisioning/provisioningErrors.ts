export type ProvisioningRefusal = 'PROVISIONING_FILE_INVALID' | 'ALREADY_PROVISIONED';

/**
 * Provisioning refused; nothing was written. For the command line and the host's start, not a
 * contract error: no screen provisions. `field` names the file's field at fault.
 */
export class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError';
  readonly code: ProvisioningRefusal;
  readonly field: string | undefined;

  constructor(code: ProvisioningRefusal, message: string, field?: string) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

/** A production start on a folder with no provisioning: one line, saying how to provision. */
export class NotProvisionedError extends Error {
  override readonly name = 'NotProvisionedError';
  readonly code = 'KIOSK_NOT_PROVISIONED';

  constructor(dataDir: string) {
    super(
      `Máy kiosk chưa được cấu hình (${dataDir}): chạy npm run provision -- --file <tệp> hoặc khởi động với --provision=<tệp> / this kiosk is not provisioned (${dataDir}): run npm run provision -- --file <file>, or start it with --provision=<file>.`,
    );
  }
}
