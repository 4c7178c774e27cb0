import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { startDemoUpstream } from '../upstream/demo/startDemoUpstream.js';
import type { YearOfArchive } from './yearOfArchive.js';

/**
 * DESIGN §8 "cold start to the first screen being interactive": from spawning the web host (the
 * same entry and spawn `npm run serve` uses, `scripts/webHostProcess.mjs`, on the built `out/`)
 * until the first screen has answered a tap (the welcome screen's "Tra cứu yêu cầu" opens its
 * screen), with a data folder holding a year of archive. Once in a Chromium already running (its
 * page open, waiting for the address), once with Chromium launched at the same instant as the
 * host, as a kiosk's launcher would.
 * Measured and printed only: a loaded machine must not fail anything.
 */

// Compiled to out/bench/; the repository root is two folders up.
const root = join(import.meta.dirname, '..', '..');
const debianChromium = '/usr/bin/chromium';
const STARTUP_TIMEOUT_MS = 60_000;

interface WebHostProcessModule {
  spawnWebHost(options: { env: NodeJS.ProcessEnv; onLine: (line: string) => void }): ChildProcess;
  launchUrlIn(line: string): string | undefined;
}

export interface ColdStartSample {
  /** Spawn → the host's "listening on" line. */
  listeningMs: number;
  /** Spawn → the welcome screen's buttons are visible. */
  firstScreenMs: number;
  /** Spawn → a tap on the welcome screen has opened the next screen. */
  answeredTapMs: number;
}

export interface ColdStartFigures {
  /** Median over the rounds of `answeredTapMs`, Chromium already running. */
  webHostColdStartMs: number;
  /** The same, with Chromium's own start included (launched together with the host). */
  webHostColdStartWithChromiumMs: number;
  targetMs: number;
  dataFolder: { finishedChanges: number; days: number; fromCache: boolean; buildMs?: number };
  warmChromium: ColdStartSample[];
  withChromiumStart: ColdStartSample[];
}

const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: debianChromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });

/** The kiosk's page, open on nothing yet: a launcher has it ready before the host answers. */
async function kioskPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return context.newPage();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value ?? Number.NaN);
}

/** One cold start on a fresh copy of the year's folder; the page is open already, or Chromium is launched at t0. */
async function oneStart(archive: YearOfArchive, pageAtStart: () => Promise<Page>): Promise<ColdStartSample> {
  const { spawnWebHost, launchUrlIn } = (await import(
    pathToFileURL(join(root, 'scripts', 'webHostProcess.mjs')).href
  )) as WebHostProcessModule;
  const dataDir = await mkdtemp(join(tmpdir(), 'kiosk-cold-start-'));
  await cp(archive.dir, dataDir, { recursive: true });
  const upstream = await startDemoUpstream({ log: () => undefined });
  let host: ChildProcess | undefined;
  try {
    let onListening: (url: string) => void = () => undefined;
    const listening = new Promise<string>((resolve, reject) => {
      onListening = resolve;
      setTimeout(() => reject(new Error('web host did not start')), STARTUP_TIMEOUT_MS).unref();
    });
    const started = performance.now();
    let listeningMs = 0;
    host = spawnWebHost({
      env: {
        ...process.env,
        PORT: '0',
        KIOSK_DATA_DIR: dataDir,
        KIOSK_LAUNCH_CODE: randomBytes(24).toString('base64url'),
        UPSTREAM_URL: upstream.url,
        KIOSK_ID: upstream.credentials.kioskId,
        KIOSK_SECRET: upstream.credentials.secret,
      },
      onLine: (line) => {
        const url = launchUrlIn(line);
        if (url === undefined) return;
        listeningMs = performance.now() - started;
        onListening(url);
      },
    });
    host.once('exit', (code) => onListening(`exit:${String(code)}`));
    const [launchUrl, page] = await Promise.all([listening, pageAtStart()]);
    if (launchUrl.startsWith('exit:')) throw new Error(`web host exited (${launchUrl})`);
    await page.goto(launchUrl);
    const lookup = page.getByRole('button', { name: 'Tra cứu yêu cầu', exact: true });
    await lookup.waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT_MS });
    const firstScreenMs = performance.now() - started;
    await lookup.tap();
    await page
      .getByRole('heading', { level: 1, name: 'Tra cứu yêu cầu' })
      .waitFor({ state: 'visible', timeout: STARTUP_TIMEOUT_MS });
    const answeredTapMs = performance.now() - started;
    const round = (ms: number) => Math.round(ms);
    return {
      listeningMs: round(listeningMs),
      firstScreenMs: round(firstScreenMs),
      answeredTapMs: round(answeredTapMs),
    };
  } finally {
    if (host !== undefined && host.exitCode === null && host.signalCode === null) {
      const exited = new Promise((resolve) => host?.once('exit', resolve));
      host.kill('SIGTERM');
      await exited;
    }
    await upstream.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function measureWebHostColdStart(archive: YearOfArchive, rounds = 3): Promise<ColdStartFigures> {
  const warmChromium: ColdStartSample[] = [];
  const warm = await launchChromium();
  try {
    // Rounds of (one uncounted start that pulls the built code into the page cache, as any
    // earlier run of the kiosk would have), then the counted ones, each on its own fresh page.
    for (let i = 0; i <= rounds; i++) {
      const page = await kioskPage(warm);
      const sample = await oneStart(archive, () => Promise.resolve(page)).finally(() =>
        page.context().close(),
      );
      if (i > 0) warmChromium.push(sample);
    }
  } finally {
    await warm.close();
  }
  const withChromiumStart: ColdStartSample[] = [];
  for (let i = 0; i < rounds; i++) {
    let browser: Browser | undefined;
    const launch = async () => kioskPage((browser = await launchChromium()));
    try {
      withChromiumStart.push(await oneStart(archive, launch));
    } finally {
      await browser?.close();
    }
  }
  return {
    webHostColdStartMs: median(warmChromium.map((sample) => sample.answeredTapMs)),
    webHostColdStartWithChromiumMs: median(withChromiumStart.map((sample) => sample.answeredTapMs)),
    targetMs: 1_500,
    dataFolder: {
      finishedChanges: archive.changes,
      days: archive.days,
      fromCache: !archive.builtNow,
      ...(archive.buildMs === undefined ? {} : { buildMs: archive.buildMs }),
    },
    warmChromium,
    withChromiumStart,
  };
}

// `node out/bench/webHostColdStart.js` (after `npm run build` and the bench's tsc) runs this alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { yearOfArchive } = await import('./yearOfArchive.js');
  console.log(JSON.stringify(await measureWebHostColdStart(await yearOfArchive()), null, 2));
}
