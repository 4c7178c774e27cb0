// `npm run serve` (after its build): the web host alone, headless, on 127.0.0.1. It talks to the
// national system that UPSTREAM_URL names, or else to the demo one started here first.
import { nationalSystemFor } from './nationalSystem.mjs';
import { kioskFlags, spawnWebHost } from './webHostProcess.mjs';

const nationalSystem = await nationalSystemFor(process.env, kioskFlags(process.argv.slice(2))).catch(
  (error) => {
    console.error(`Cannot start the national system: ${error.message}`);
    process.exit(1);
  },
);
console.log(`National system: ${nationalSystem.description}`);

const host = spawnWebHost({
  env: { ...process.env, ...nationalSystem.env },
  args: kioskFlags(process.argv.slice(2)),
  onLine: (line) => console.log(line),
});
const stopHost = () => host.kill('SIGTERM');
process.on('SIGINT', stopHost);
process.on('SIGTERM', stopHost);
host.on('exit', (code, signal) => {
  // An exit handler cannot wait; process.exit runs whether the stop succeeded or not.
  void nationalSystem.stop().finally(() => process.exit(code ?? (signal ? 0 : 1)));
});
