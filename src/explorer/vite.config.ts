// Vite configuration of the explorer page. `kg build` calls `explorerViteConfig` programmatically
// (src/view/bundle.ts); `npx vite -c src/explorer/vite.config.ts` serves it for development, with out/ as data.
import { fileURLToPath } from 'node:url';
import { defineConfig, type InlineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The build: one script, one stylesheet, fixed names, relative URLs (servable from any folder). */
export function explorerViteConfig(outDir: string): InlineConfig {
  return {
    root,
    base: './',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: false,
      cssCodeSplit: false,
      assetsInlineLimit: 0,
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        output: {
          entryFileNames: 'explorer.js',
          chunkFileNames: 'explorer-[name].js',
          assetFileNames: 'explorer[extname]',
        },
      },
    },
  };
}

export default defineConfig({
  ...explorerViteConfig(fileURLToPath(new URL('./dist', import.meta.url))),
  publicDir: fileURLToPath(new URL('../../out', import.meta.url)),
});
