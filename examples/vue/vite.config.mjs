// The Vite config of the Vue example: `npx vite examples/vue` serves it while you edit,
// `node examples/vue/build.mjs` builds it into examples/vue/dist/.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative addresses, so the built page works from any folder (here /examples/vue/dist/).
  base: './',
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // The clinic elements are custom elements, not Vue components: Vue creates them as they
          // are, sets their properties and listens to their events.
          isCustomElement: (tag) => tag.includes('-'),
        },
      },
    }),
  ],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
