import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/load.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FULL_SCREEN_FLAG } from '../../../electron/main/windowOptions.js';

// A deployed kiosk starts at login and comes back after a crash (issue 10). The files are static
// in build/; these tests read them, and electron-builder's own reading of the packaging config
// that installs them (electron-builder cannot pack here: it downloads Electron).
const root = process.cwd();
let config: Configuration;

beforeAll(async () => {
  const read = await getConfig<Configuration>(
    { packageKey: 'build', configFilename: 'electron-builder', projectDir: root, packageMetadata: null },
    'build/electron-builder.yml',
  );
  if (read?.result === undefined) throw new Error('build/electron-builder.yml was not read');
  config = read.result;
});

/** An ini-like file (systemd unit, desktop entry): section → key → values (a key may repeat). */
function sections(text: string): Map<string, Map<string, string[]>> {
  const result = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const line of text.split('\n').map((raw) => raw.trim())) {
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = new Map();
      result.set(header[1] as string, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current === undefined || eq < 0) throw new Error(`not a key=value line: ${line}`);
    const key = line.slice(0, eq);
    current.set(key, [...(current.get(key) ?? []), line.slice(eq + 1)]);
  }
  return result;
}

/** Where the .deb puts each file of ours: fpm's `source=destination` arguments. */
function debFiles(): Map<string, string> {
  const mapped = new Map<string, string>();
  for (const arg of config.deb?.fpm ?? []) {
    const [source, destination] = arg.split('=');
    if (source !== undefined && destination !== undefined) mapped.set(destination, source);
  }
  return mapped;
}

describe('Linux: a systemd user unit that restarts the kiosk, started at login', () => {
  const unitPath = '/usr/lib/systemd/user/commune-vneid-kiosk.service';
  const autostartPath = '/etc/xdg/autostart/commune-vneid-kiosk.desktop';

  it('is installed by the .deb from files in build/', () => {
    expect(config.linux?.target).toContain('deb');
    for (const destination of [unitPath, autostartPath]) {
      const source = debFiles().get(destination);
      expect(source, destination).toBeDefined();
      expect(existsSync(join(root, source as string)), `${source} exists`).toBe(true);
    }
  });

  it('starts the installed kiosk full screen and restarts it whenever it stops', () => {
    const unit = sections(readFileSync(join(root, debFiles().get(unitPath) as string), 'utf8'));
    const service = unit.get('Service');
    // The .deb links /usr/bin/<executableName> to the app in /opt.
    expect(service?.get('ExecStart')).toEqual([
      `/usr/bin/${config.linux?.executableName} ${FULL_SCREEN_FLAG}`,
    ]);
    expect(config.linux?.executableName).toBe('commune-vneid-kiosk');
    expect(service?.get('Restart')).toEqual(['always']);
    expect(Number(service?.get('RestartSec')?.[0])).toBeGreaterThan(0);
    expect(unit.get('Unit')?.get('StartLimitIntervalSec')).toEqual(['0']);
    expect(unit.get('Unit')?.get('After')).toEqual(['graphical-session.target']);
    expect(unit.get('Install')?.get('WantedBy')).toEqual(['graphical-session.target']);
  });

  it('is started at login by an XDG autostart entry, with the session’s display', () => {
    const entry = sections(readFileSync(join(root, debFiles().get(autostartPath) as string), 'utf8')).get(
      'Desktop Entry',
    );
    expect(entry?.get('Type')).toEqual(['Application']);
    const exec = entry?.get('Exec')?.[0] ?? '';
    expect(exec).toContain('systemctl --user start commune-vneid-kiosk.service');
    expect(exec).toContain('import-environment DISPLAY WAYLAND_DISPLAY');
    expect(entry?.get('X-GNOME-Autostart-enabled')).toEqual(['true']);
    expect(entry?.get('Hidden')).toBeUndefined();
  });
});

describe('Windows: the installer’s startup entry', () => {
  const script = () => readFileSync(join(root, config.nsis?.include ?? 'missing'), 'utf8');

  /** The body of one `!macro NAME` … `!macroend` block. */
  function macro(name: string): string {
    const match = new RegExp(`!macro ${name}\\n([\\s\\S]*?)!macroend`).exec(script());
    if (!match) throw new Error(`no !macro ${name} in ${config.nsis?.include}`);
    return match[1] as string;
  }

  it('is an NSIS include of the per-machine installer', () => {
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis?.perMachine).toBe(true);
    expect(config.nsis?.include).toBe('build/installer.nsh');
  });

  it('makes a Startup shortcut to the installed kiosk, full screen, at install', () => {
    expect(macro('customInstall')).toContain(
      `CreateShortCut "$SMSTARTUP\\\${PRODUCT_NAME}.lnk" "$INSTDIR\\\${APP_EXECUTABLE_FILENAME}" "${FULL_SCREEN_FLAG}"`,
    );
  });

  it('removes the same shortcut at uninstall', () => {
    expect(macro('customUnInstall')).toContain('Delete "$SMSTARTUP\\${PRODUCT_NAME}.lnk"');
  });
});
