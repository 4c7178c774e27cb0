import { describe, expect, it } from 'vitest';
import {
  androidModelNames,
  appleModelNames,
  isAppleIdentifier,
  modelKey,
} from '../../../electron/core/devices/modelNameTables.js';

const row = (brand: string, name: string, model: string) => ({ brand, name, model });

describe('androidModelNames', () => {
  it('joins brand and name unless the name already starts with the brand', () => {
    const names = androidModelNames([
      row('Samsung', 'Galaxy A52', 'SM-A525F'),
      row('Redmi', 'Redmi Note 12', '23021RAAEG'),
      row('', 'Lonely', 'L1'),
    ]);
    expect(names.get(modelKey('SM-A525F'))).toBe('Samsung Galaxy A52');
    expect(names.get(modelKey('23021RAAEG'))).toBe('Redmi Note 12');
    expect(names.get(modelKey('L1'))).toBe('Lonely');
  });

  it('skips rows whose name is empty or only repeats the code', () => {
    const names = androidModelNames([row('Vivo', 'V2202', 'V2202'), row('', '', 'FJL21')]);
    expect(names.size).toBe(0);
  });

  it('keeps a code that several rows name alike, even under two brands', () => {
    const names = androidModelNames([
      row('Samsung', 'Galaxy A52', 'SM-A525F'),
      row('samsung', 'Galaxy  A52', 'SM-A525F'),
      row('Oppo', 'realme 5', 'RMX1911'),
      row('Realme', 'realme 5', 'RMX1911'),
      row('Vivo', 'V2202', 'V2202'),
      row('Vivo', 'V25', 'V2202'),
    ]);
    expect(names.get(modelKey('SM-A525F'))).toBe('Samsung Galaxy A52');
    expect(names.get(modelKey('RMX1911'))).toBe('Oppo realme 5');
    expect(names.get(modelKey('V2202'))).toBe('Vivo V25');
  });

  it('drops a code the rows disagree on, or that another maker uses under the bare code', () => {
    const names = androidModelNames([
      row('Cubot', 'X20', 'X20'),
      row('Doogee', 'X20 Pro', 'X20'),
      row('Cubot', 'X20 Max', 'X20'),
      row('10.or', 'G2', 'G2'),
      row('Anydata', 'Mach_Speed Trio G2 Tablet', 'G2'),
    ]);
    expect(names.has(modelKey('X20'))).toBe(false);
    expect(names.has(modelKey('G2'))).toBe(false);
  });
});

describe('appleModelNames', () => {
  it('maps each identifier to its generation, the first entry winning', () => {
    const names = appleModelNames([
      { Identifier: 'iPhone14,5', Generation: 'iPhone 13' },
      { Identifier: 'iPhone14,5', Generation: 'something later' },
      { Identifier: '', Generation: 'nothing' },
    ]);
    expect([...names]).toEqual([[modelKey('iPhone14,5'), 'iPhone 13']]);
  });
});

describe('isAppleIdentifier', () => {
  it('knows Apple identifiers from Android codes', () => {
    expect(isAppleIdentifier('iPhone15,4')).toBe(true);
    expect(isAppleIdentifier('iPad13,1')).toBe(true);
    expect(isAppleIdentifier(' ipod9,1 ')).toBe(true);
    expect(isAppleIdentifier('iPhone 15')).toBe(false);
    expect(isAppleIdentifier('CPH2387')).toBe(false);
  });
});
