import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A provisioning file as the district IT hands it over, for kiosk KIOSK-HN-0001. */
export function provisioningFileFor(upstreamUrl: string, overrides: Record<string, unknown> = {}) {
  return {
    format: 'commune-vneid-kiosk/provisioning',
    version: 1,
    kioskId: 'KIOSK-HN-0001',
    upstreamUrl,
    kioskSecret: 'secret-of-kiosk-hn-0001-NEVER-IN-CLEAR-4f9a2c7e',
    communeName: 'UBND xã Phú Minh',
    firstSupervisor: { staffId: 'CB07', displayName: 'Cán bộ Lê Thị Mai' },
    ...overrides,
  };
}

/** A temp folder holding the provisioning file (outside any data folder, as on a USB stick). */
export async function writeProvisioningFile(
  content: unknown,
): Promise<{ file: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-provisioning-file-'));
  const file = join(dir, 'kiosk-hn-0001.json');
  await writeFile(file, JSON.stringify(content, null, 2));
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file under `dir`, recursively, whose bytes contain `needle` (as UTF-8 or base64). */
export async function filesHolding(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(Buffer.from(needle, 'utf8').toString('base64'))];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    if (forms.some((form) => bytes.includes(form))) found.push(path);
  }
  return found;
}

/** Every file under `dir`, recursively (none when it does not exist). */
export async function filesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}
