import { perfRun } from './rendererFigures.js';

/**
 * The camera path's time from the first frame to a decoded code (issue 13), measured in
 * Chromium with a fake camera by test/e2e/perf/cameraDecode.bench.ts (it prints one JSON object).
 */
export function cameraFirstFrameToDecoded(): unknown {
  return perfRun('cameraDecode.bench.ts');
}
