// The Fastify app factory: one plugin per concern, every dependency passed in (tests use inject(), no port).
import { randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { createRenderPool, type FontSet } from "../index.js";
import type { Queue, QueueSettings, Store } from "../store/index.js";
import { createGuard, type AuthOptions } from "./auth.js";
import { JSON_BODY_LIMIT, registerErrors, UPLOAD_LIMIT } from "./errors.js";
import { Api } from "./route.js";
import { metaRoutes } from "./routes/meta.js";
import { previewRoutes, warmRecord, warmUp } from "./routes/preview.js";
import { runningBatches } from "./batches.js";
import { RenderQueue } from "./render-queue.js";
import { adminRoutes } from "./routes/admin.js";
import { adminKeyRoutes } from "./routes/admin-keys.js";
import { adminUserRoutes } from "./routes/admin-users.js";
import { auditRoutes } from "./routes/audit.js";
import { batchRoutes } from "./routes/batches.js";
import { commentRoutes } from "./routes/comments.js";
import { documentRoutes } from "./routes/documents.js";
import { externalSignRoutes } from "./routes/external-sign.js";
import { fileRoutes } from "./routes/files.js";
import { registerRoutes } from "./routes/registers.js";
import { sessionRoutes } from "./routes/session.js";
import { registerSecurityHeaders } from "./security.js";
import { webApp } from "./web.js";
import type { X509Certificate } from "node:crypto";

export interface ServerOptions {
  store: Store;
  /** pino options, or false for silence (tests). */
  logger?: FastifyServerOptions["logger"];
  fonts?: FontSet;
  /** The clock for sessions, documents and files (fix it in tests). */
  now?: () => Date;
  auth?: Partial<AuthOptions>;
  /** Folder of the batches' uploads and results (default: `batches` in the system's temp folder). */
  workDir?: string;
  /** Worker threads of a final batch. */
  batchWorkers?: number;
  /** Render one document at start so the first preview is fast (default true). */
  warm?: boolean;
  /**
   * Worker threads that render previews and documents' files beside the HTTP thread (`serve` starts
   * one per core, at most 2); 0 (the default here, and for tests) renders on the HTTP thread.
   */
  renderWorkers?: number;
  version?: string;
  /** The built web app (default dist/web of the package). */
  webRoot?: string;
  /** PostgreSQL's render queue: final batches go to `cadre-docs worker` processes; closed with the server. */
  queue?: Queue;
  queueSettings?: Partial<QueueSettings>;
  /** Root certificates an external signer's certificate must chain to (`serve --trust`); none: not checked. */
  trust?: readonly X509Certificate[];
}

/** Where batches keep their uploads and results when no folder is given (`serve` gives `<data>/batches`). */
export const defaultWorkDir = (): string => join(tmpdir(), "cadre-docs-batches");

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const now = opts.now ?? (() => new Date());
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: () => randomUUID(),
    trustProxy: false,
  });
  const web = webApp(opts.webRoot);
  registerErrors(app, web.page);
  registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10, parts: 12 } });
  const guard = createGuard(opts.store, now, opts.auth);
  const api = new Api(app, guard);
  const warmWith = opts.warm !== false ? await warmRecord() : undefined;
  const pool = opts.renderWorkers ? createRenderPool(opts.renderWorkers, { fonts: opts.fonts, warm: warmWith }) : undefined;
  if (pool) app.addHook("onClose", () => pool.close());
  const settings = { fonts: opts.fonts, now, pool, trust: opts.trust };
  metaRoutes(api, opts.store, opts.version ?? "0.1.0");
  sessionRoutes(api, opts.store, guard, now);
  previewRoutes(api, settings);
  const renders = new RenderQueue(opts.store, settings, app.log);
  app.addHook("onClose", () => renders.close());
  app.addHook("onRequest", async () => void renders.inFlight++);
  app.addHook("onResponse", async () => void renders.inFlight--);
  documentRoutes(api, opts.store, settings, renders);
  externalSignRoutes(api, opts.store, settings);
  commentRoutes(api, opts.store, settings);
  fileRoutes(api, opts.store, settings);
  registerRoutes(api, opts.store);
  auditRoutes(api, opts.store);
  adminRoutes(api, opts.store, now);
  adminUserRoutes(api, opts.store, now);
  adminKeyRoutes(api, opts.store, now);
  batchRoutes(api, { store: opts.store, settings, workDir: opts.workDir ?? defaultWorkDir(), workers: opts.batchWorkers, log: app.log, queue: opts.queue, queueSettings: opts.queueSettings });
  // A graceful stop lets batches of this process finish their files before the database closes.
  app.addHook("onClose", async () => void (await runningBatches()));
  if (opts.queue) app.addHook("onClose", () => opts.queue!.close());
  await web.register(app);
  // The HTTP thread validates records too (document reads): its templates warm up even with a pool.
  if (opts.warm !== false) await Promise.all([warmUp({ ...settings, pool: undefined }), pool?.ready()]);
  return app;
}
