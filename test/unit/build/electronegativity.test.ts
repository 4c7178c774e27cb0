import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

// Doyensec's electronegativity, offline, over electron/ and renderer/index.html, through
// scripts/electronegativity.mjs (`npm run scan:electron`). About 10 s, most of it the scanner's
// own look for updated translations, which fails fast without a network.
interface Finding {
  check: string;
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
  file: string;
  line: number;
}

let report: { checks: { atomic: number; global: number }; findings: Finding[] };

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['scripts/electronegativity.mjs', '--json'],
    {
      cwd: process.cwd(),
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  // The scanner says on stdout that it could not fetch translations; the report is the last line.
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  report = JSON.parse(lastLine) as typeof report;
}, 90_000);

describe('electronegativity over the Electron app (issue 10)', () => {
  it('runs its checks over the windows, the preload and the page', () => {
    expect(report.checks.atomic).toBeGreaterThan(30);
    expect(report.checks.global).toBeGreaterThan(3);
  });

  it('reports no HIGH or MEDIUM finding (context isolation, sandbox, auxclick, CSP, navigation…)', () => {
    expect(
      report.findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM'),
    ).toEqual([]);
  });

  it('finds the page’s CSP (a missing one would be a finding with no file)', () => {
    const csp = report.findings.filter((finding) => finding.check === 'CSP_GLOBAL_CHECK');
    expect(csp.every((finding) => finding.file === 'renderer/index.html')).toBe(true);
  });
});
