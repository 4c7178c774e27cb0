import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { STAFF_ID_PATTERN } from '../../../shared/rules/staffId.js';
import { describeUpstreamUrlProblem, upstreamUrlProblem } from '../../../shared/rules/upstreamUrl.js';
import { ProvisioningError } from './provisioningErrors.js';

/**
 * The file the district IT hands over, once per kiosk. It never carries a PIN: the first
 * supervisor sets theirs on the kiosk itself. Unknown keys are refused, so a PIN field is too.
 */
export const ProvisioningFile = z
  .object({
    format: z.literal('commune-vneid-kiosk/provisioning'),
    version: z.literal(1),
    kioskId: z.string().regex(/^[A-Z0-9-]{3,32}$/, '3–32 of A–Z, 0–9 and -'),
    upstreamUrl: z
      .string()
      .max(2048)
      .superRefine((url, context) => {
        const problem = upstreamUrlProblem(url, 'production');
        if (problem !== undefined)
          context.addIssue({ code: 'custom', message: describeUpstreamUrlProblem(problem) });
      }),
    kioskSecret: z.string().min(32, 'at least 32 characters').max(512),
    communeName: z.string().trim().min(1).max(200),
    firstSupervisor: z
      .object({
        staffId: z
          .string()
          .regex(STAFF_ID_PATTERN, 'a staff ID such as CB07 (2–4 capital letters, then 2–6 digits)'),
        displayName: z.string().trim().min(1).max(100),
      })
      .strict(),
  })
  .strict();
export type ProvisioningFile = z.infer<typeof ProvisioningFile>;

/** Each field's name in Vietnamese, for the one line that tells the district IT what to fix. */
const fieldWords: Record<string, string> = {
  format: 'định dạng tệp',
  version: 'phiên bản tệp',
  kioskId: 'mã máy kiosk',
  upstreamUrl: 'địa chỉ hệ thống định danh quốc gia',
  kioskSecret: 'khóa bí mật của máy',
  communeName: 'tên xã',
  firstSupervisor: 'cán bộ phụ trách đầu tiên',
  'firstSupervisor.staffId': 'mã cán bộ phụ trách',
  'firstSupervisor.displayName': 'tên cán bộ phụ trách',
};

function refusal(issue: z.core.$ZodIssue): ProvisioningError {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => (path === '' ? key : `${path}.${key}`));
    const pin = keys.some((key) => /pin/i.test(key));
    return new ProvisioningError(
      'PROVISIONING_FILE_INVALID',
      `Tệp cấu hình có trường không được phép: ${keys.join(', ')}${pin ? ' (mã PIN không bao giờ nằm trong tệp: cán bộ tự đặt trên máy)' : ''} / the provisioning file has fields it may not have: ${keys.join(', ')}${pin ? ' (a PIN never travels in this file: the supervisor sets it on the kiosk)' : ''}. Nothing was written.`,
      keys[0] ?? path,
    );
  }
  const field = path === '' ? '(file)' : path;
  return new ProvisioningError(
    'PROVISIONING_FILE_INVALID',
    `Tệp cấu hình sai ở trường “${fieldWords[field] ?? field}” (${field}) / the provisioning file's field ${field} is invalid: ${issue.message}. Nothing was written.`,
    field,
  );
}

/** Reads and checks the file; a refusal names the field, in Vietnamese and English. */
export async function readProvisioningFile(path: string): Promise<ProvisioningFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ProvisioningError(
      'PROVISIONING_FILE_INVALID',
      `Không đọc được tệp cấu hình ${path} / the provisioning file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}). Nothing was written.`,
      '(file)',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ProvisioningError(
      'PROVISIONING_FILE_INVALID',
      `Tệp cấu hình ${path} không phải JSON / the provisioning file ${path} is not JSON. Nothing was written.`,
      '(file)',
    );
  }
  const parsed = ProvisioningFile.safeParse(raw);
  if (!parsed.success) throw refusal(parsed.error.issues[0] as z.core.$ZodIssue);
  return parsed.data;
}
