import type { Account } from '../shared/domain/account.js';

export interface BenchAccountShape {
  /** Devices per account; the one at `activeIndex` is the phone in use. */
  devices: number;
  activeIndex: number;
  /** Every odd account is locked at its holder's request, so an unlock request can succeed. */
  lockOddAccounts?: boolean;
}

/** `count` level-1 citizens, ids 04209xxxxxxx, each with its own devices: one account per sample or per queue slot. */
export function benchAccounts(count: number, shape: BenchAccountShape): Account[] {
  const seen = '2025-01-01T00:00:00.000Z';
  return Array.from({ length: count }, (_, i): Account => {
    const locked = shape.lockOddAccounts === true && i % 2 === 1;
    return {
      idNumber: `04209${String(i).padStart(7, '0')}`,
      fullName: `Công dân ${i}`,
      dateOfBirth: '1990-01-01',
      gender: 'male',
      level: 1,
      status: locked ? 'locked' : 'active',
      ...(locked ? { lock: { reason: 'holder-request', since: seen, requestedBy: 'Chủ tài khoản' } } : {}),
      devices: Array.from({ length: shape.devices }, (_d, d) => ({
        deviceId: `dev-${i}-${d}`,
        name: `Phone ${d}`,
        model: 'Model',
        os: 'Android 14',
        firstSeen: seen,
        lastSeen: seen,
        active: d === shape.activeIndex,
      })),
    };
  });
}
