/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The built app is served by Django (one origin for the pages, /graphql and /auth/graphql).
// `npm run dev` proxies the API to a running `make run` on port 8000.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    assetsDir: "assets",
    sourcemap: false,
    // Mermaid is large; it is loaded only when a lesson has a diagram.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      "/graphql": { target: "http://127.0.0.1:8000", ws: true },
      "/auth/graphql": "http://127.0.0.1:8000",
    },
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    restoreMocks: true,
    // The first render of a file pays for loading the highlighter and the Markdown stack: on a
    // busy 2-core machine that alone can pass vitest's default 5 s.
    testTimeout: 20_000,
  },
});
