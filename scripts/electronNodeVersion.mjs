// Whether this Node can fetch Electron's binary: the `electron` package's installer and the
// `@electron/get` it uses declare their own Node range (>= 22.12 for Electron 41), stricter than
// the project's (>= 20.19, enough for the web host). `npm start` says so instead of blaming the network.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

function parts(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return match ? match.slice(1, 4).map(Number) : undefined;
}

function below(have, needed) {
  for (let i = 0; i < 3; i++) if (have[i] !== needed[i]) return have[i] < needed[i];
  return false;
}

/**
 * The first declared engine this Node version does not meet, or undefined when it meets them
 * all. Only `>= X.Y.Z` ranges are judged (what these packages declare); another form is not
 * guessed at, so it never blames the Node version wrongly.
 */
export function unmetNodeEngine(nodeVersion, engines) {
  const have = parts(nodeVersion);
  if (have === undefined) return undefined;
  for (const { name, range } of engines) {
    const match = /^\s*>=\s*(v?\d+\.\d+\.\d+)\s*$/.exec(range ?? '');
    const needed = match ? parts(match[1]) : undefined;
    if (needed !== undefined && below(have, needed))
      return { name, range: range.trim(), needed: needed.join('.'), have: have.join('.') };
  }
  return undefined;
}

/** The line `npm start` prints when the Node version, not the network, keeps Electron away. */
export function nodeTooOldLine(unmet) {
  return (
    `Electron cannot be fetched with Node ${unmet.have}: its installer (${unmet.name}) needs Node ${unmet.range}. ` +
    `This is the Node version, not the network. Use Node ${unmet.needed} or newer to run the kiosk in Electron; ` +
    `the web host works on this Node.`
  );
}

/** The Node ranges the electron package's installer declares, its own and @electron/get's. */
export function electronInstallerEngines(root) {
  const engines = [];
  const electronDir = join(root, 'node_modules', 'electron');
  for (const [name, manifest] of [
    ['electron', join(electronDir, 'package.json')],
    ['@electron/get', join(electronDir, 'node_modules', '@electron', 'get', 'package.json')],
    ['@electron/get', join(dirname(electronDir), '@electron', 'get', 'package.json')],
  ]) {
    if (!existsSync(manifest) || engines.some((engine) => engine.name === name)) continue;
    const range = JSON.parse(readFileSync(manifest, 'utf8')).engines?.node;
    if (typeof range === 'string') engines.push({ name, range });
  }
  return engines;
}
