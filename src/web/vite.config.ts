// Builds the clerks' web app into dist/web, served by `cadre-docs serve` at `/` (no inline script: the CSP forbids it).
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    // Inline assets would need data: scripts or styles; keep every asset a file of its own.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
