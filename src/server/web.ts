// The clerks' web app (built by Vite into dist/web) at `/`: files with long caching, every other page path gets index.html.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

export const WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>cadre-docs</title>
<h1>Giao diện web chưa được dựng</h1><p>Hãy chạy <code>npm run build:web</code> (hoặc <code>npm run serve</code>, lệnh này tự dựng) rồi mở lại trang. API vẫn chạy tại <code>/api/</code>.</p></html>`;

export interface WebApp {
  register(app: FastifyInstance): Promise<void>;
  /** Answers a page path with index.html; false for anything else (left to the 404 problem). */
  page(req: FastifyRequest, reply: FastifyReply): boolean;
}

export function webApp(root = WEB_ROOT): WebApp {
  const built = existsSync(`${root}index.html`);
  return {
    async register(app) {
      if (!built) return;
      await app.register(fastifyStatic, {
        root, prefix: "/", index: false, wildcard: false, cacheControl: false,
        setHeaders: (res, path) => res.setHeader("cache-control", /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache"),
      });
    },
    page(req, reply) {
      const path = req.url.split("?")[0]!;
      if (req.method !== "GET" || path.startsWith("/api/") || /\.[a-z0-9]+$/i.test(path)) return false;
      reply.header("cache-control", "no-cache");
      if (built) void reply.type("text/html; charset=utf-8").sendFile("index.html");
      else void reply.code(503).type("text/html; charset=utf-8").send(NOT_BUILT);
      return true;
    },
  };
}
