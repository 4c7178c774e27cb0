import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

/**
 * The dev server injects an inline React Refresh preamble and inline <style> tags, which the
 * production CSP forbids. Only while serving, the policy is loosened for exactly those; the
 * built page keeps index.html's policy untouched.
 */
function devServerCsp(): Plugin {
  return {
    name: 'kiosk-dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace(
          "script-src 'self' 'wasm-unsafe-eval'",
          "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'",
        )
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws:");
    },
  };
}

/**
 * `KIOSK_WEB_HOST=http://127.0.0.1:PORT npx vite --config renderer/vite.config.ts` develops the
 * screens against a running web host (`npm run serve`): its API is proxied, and the Origin is
 * rewritten to the host's own, which is the only origin it accepts. Open the dev page with the
 * host's launch link (`/launch?code=…`, which sets the session cookie on the dev origin).
 */
const webHost = process.env.KIOSK_WEB_HOST;

export default defineConfig({
  root: import.meta.dirname,
  // Electron loads the build from file://, so every asset URL must be relative.
  base: './',
  plugins: [react(), devServerCsp()],
  server: webHost
    ? {
        proxy: {
          '/api': { target: webHost, changeOrigin: true, headers: { origin: webHost } },
          '/launch': { target: webHost, changeOrigin: true },
        },
      }
    : {},
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Fonts must stay files: the CSP allows font-src 'self' only, not data: URLs.
    assetsInlineLimit: 0,
    // Chromium supports modulepreload natively; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    target: 'chrome130',
    reportCompressedSize: true,
  },
});
