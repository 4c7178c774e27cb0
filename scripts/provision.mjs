// `npm run provision -- --file <file> [--recovery-kit <folder>]`: provisions this machine's
// production data folder from the district's file (see electron/core/provisioning/provisionCommand.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = join(
  import.meta.dirname,
  '..',
  'out',
  'electron',
  'core',
  'provisioning',
  'provisionCommand.js',
);
if (!existsSync(entry)) {
  console.error(`${entry} is missing: run npm run build:node (npm run provision builds it).`);
  process.exit(1);
}
const { runProvisionCommand } = await import(pathToFileURL(entry).href);
const code = await runProvisionCommand(process.argv.slice(2), {
  env: process.env,
  terminal: { input: process.stdin, output: process.stderr },
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
process.exit(code);
