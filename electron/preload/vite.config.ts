import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// A sandboxed preload cannot require its own files, so it is bundled into one CommonJS file.
export const preloadBuildConfig = defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, '../../out/electron/preload'),
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: resolve(import.meta.dirname, 'index.ts'),
      formats: ['cjs'],
      fileName: () => 'index.cjs',
    },
    rollupOptions: { external: ['electron'] },
  },
});

export default preloadBuildConfig;
