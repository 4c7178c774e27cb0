// `npm run scan:electron`: Doyensec's electronegativity over what the Electron app is made of
// (electron/ and renderer/index.html, copied into one folder: the scanner takes one input),
// offline: -e 41.0.0 pins the Electron version it assumes, and AvailableSecurityFixesGlobalCheck
// (which needs the network) is left out. Prints one line per finding; exits 1 on any HIGH or
// MEDIUM. `--json` prints the findings as JSON instead (test/unit/build/electronegativity.test.ts).
// The scanner is called through its runner, not its CLI: the CLI's CSV writer races its own
// header write and loses rows, and its SARIF output carries no severity.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const runScanner = require('@doyensec/electronegativity/dist/runner.js');

const work = await mkdtemp(join(tmpdir(), 'kiosk-electronegativity-'));
let findings;
try {
  const app = join(work, 'app');
  await cp(join(root, 'electron'), join(app, 'electron'), { recursive: true });
  await mkdir(join(app, 'renderer'));
  await cp(join(root, 'renderer', 'index.html'), join(app, 'renderer', 'index.html'));
  const result = await runScanner({
    input: app,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    electronVersionOverride: '41.0.0',
    parserPlugins: [],
  });
  if (result.errors.length > 0) {
    console.error(result.errors.map((error) => `cannot parse ${error.file}: ${error.message}`).join('\n'));
    process.exitCode = 1;
  }
  findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    column: issue.location.column,
    manualReview: issue.manualReview === true,
  }));
  findings.checks = { atomic: result.atomicChecks, global: result.globalChecks };
} finally {
  await rm(work, { recursive: true, force: true });
}

const serious = findings.filter((finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM');
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ checks: findings.checks, findings }));
} else {
  for (const finding of findings)
    console.log(
      `${finding.severity.padEnd(13)} ${finding.check} ${finding.file}:${finding.line}:${finding.column}`,
    );
  console.log(
    serious.length === 0
      ? `electronegativity: no HIGH or MEDIUM finding (${findings.length} lower).`
      : `electronegativity: ${serious.length} HIGH or MEDIUM finding(s).`,
  );
}
if (serious.length > 0) process.exitCode = 1;
