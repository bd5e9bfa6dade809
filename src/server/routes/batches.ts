// Batches through the API: a multipart upload (≤ 20 MB) → 202 {id}; progress; errors.xlsx and files.zip when done.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Issue } from "../../index.js";
import type { Actor } from "../../workflow/index.js";
import { cancelBatch } from "../../store/index.js";
import { asUploaded, zipStream } from "../batch-output.js";
import { batchDir, batchZip, newBatchFolder, startBatch, type BatchContext, type BatchMode } from "../batches.js";
import { isQueued, queuedErrors, queuedFiles } from "../queued-batches.js";
import { UPLOAD_LIMIT } from "../errors.js";
import { runIdempotent } from "../idempotency.js";
import { HttpProblem, requestIssue, withMessages } from "../problem.js";
import type { Api } from "../route.js";
import { actorOf } from "./documents.js";

const ALLOWED = [".xlsx", ".csv", ".jsonl", ".json", ".yaml", ".yml"];
const batchId = z.strictObject({ id: z.uuid() });
const tooLarge = () => new HttpProblem(413, [requestIssue("request_too_large", { max: UPLOAD_LIMIT })]);

/** The upload's own name, reduced to letters, digits, dot, dash and underscore (it names the file in messages). */
const safeName = (name: string): string => (name.normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[.-]+/, "").slice(-100) || "tep");

/** Streams the one file part to the batch folder, hashing it on the way (the Idempotency-Key digest). */
async function receive(req: FastifyRequest, dir: string): Promise<{ path: string; digest: string }> {
  if (Number(req.headers["content-length"] ?? 0) > UPLOAD_LIMIT + 64 * 1024) throw tooLarge();
  if (!req.isMultipart()) throw new HttpProblem(415, [requestIssue("unsupported_media_type", { type: req.headers["content-type"] ?? "", expected: "multipart/form-data với một tệp" })]);
  const part = await req.file();
  if (!part) throw new HttpProblem(400, [requestIssue("request_invalid", { reason: "không có tệp" })]);
  const ext = extname(part.filename).toLowerCase();
  if (!ALLOWED.includes(ext)) {
    part.file.resume();
    throw new HttpProblem(415, [requestIssue("unsupported_media_type", { type: ext || part.filename, expected: ALLOWED.join(", ") })]);
  }
  const path = join(dir, safeName(part.filename));
  const hash = createHash("sha256");
  part.file.on("data", (chunk: Buffer) => hash.update(chunk));
  await pipeline(part.file, createWriteStream(path));
  if (part.file.truncated) throw tooLarge();
  return { path, digest: hash.digest("hex") };
}

export function batchRoutes(api: Api<Actor>, ctx: BatchContext): void {
  const { store } = ctx;
  api.route({
    method: "POST", url: "/api/batches", summary: "Tải lên một tệp (.xlsx, .csv, .jsonl, .json, .yaml): dự thảo (mode=drafts) hoặc văn bản hoàn chỉnh (mode=final)", tag: "batches", auth: true,
    rawBody: true, bodyContent: "multipart/form-data", bodyLimit: UPLOAD_LIMIT + 64 * 1024, headers: ["Idempotency-Key"],
    query: z.strictObject({ mode: z.enum(["drafts", "final"]).optional() }),
    responses: { 202: { description: "{id}" }, 413: { description: "Tệp quá 20 MB" } },
    handler: async ({ req, query, principal }) => {
      const actor = actorOf(principal);
      const mode: BatchMode = query.mode ?? "drafts";
      const { id, dir } = await newBatchFolder(ctx);
      try {
        const upload = await receive(req, dir);
        const answer = await runIdempotent(store, ctx.settings.now, req, principal?.credentialId, async (keep) => {
          const made = { status: 202, body: { id }, headers: { location: `/api/batches/${id}` } };
          await startBatch(ctx, actor, id, upload.path, mode, (tx) => keep(tx, made));
          return made;
        }, `${mode}:${upload.digest}`);
        if ((answer.body as { id?: string }).id !== id) await rm(dir, { recursive: true, force: true });
        return answer;
      } catch (err) {
        await rm(dir, { recursive: true, force: true });
        throw err;
      }
    },
  });
  const load = async (actor: Actor, id: string) => {
    const row = await store.db.selectFrom("batches").selectAll().where("id", "=", id).where("unit_id", "=", actor.unitId).executeTakeFirst();
    if (!row) throw new HttpProblem(404, [requestIssue("not_found", { what: "batch", id })]);
    return row;
  };
  api.route({
    method: "GET", url: "/api/batches/:id", summary: "Tiến độ {records, done, failed, state}", tag: "batches", auth: true, params: batchId,
    responses: { 200: { description: "{id, mode, state, records, done, failed, failures, errors, files}" } },
    handler: async ({ params, principal }) => {
      const b = await load(actorOf(principal), params.id);
      const failed = await store.db.selectFrom("batch_items").selectAll().where("batch_id", "=", b.id).where("state", "=", "failed").orderBy("seq").limit(100).execute();
      // A cancelled queued batch keeps what was done: its files and errors can be downloaded.
      const done = b.state === "done" || (b.state === "cancelled" && isQueued(b));
      return {
        status: 200,
        body: {
          id: b.id, mode: b.mode, state: b.state, records: Number(b.records), done: Number(b.done), failed: Number(b.failed), createdAt: b.created_at, updatedAt: b.updated_at,
          failures: failed.map((f) => ({ record: Number(f.record ?? f.seq), ...(f.item ? { item: f.item } : {}), issues: withMessages(asUploaded(JSON.parse(f.issues ?? "[]") as Issue[])) })),
          errors: done ? `/api/batches/${b.id}/errors.xlsx` : null, files: done ? `/api/batches/${b.id}/files.zip` : null,
          ...(b.detail ? { detail: JSON.parse(b.detail) as unknown } : {}),
        },
      };
    },
  });
  for (const [file, type] of [["errors.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], ["files.zip", "application/zip"]] as const) {
    api.route({
      method: "GET", url: `/api/batches/:id/${file}`, summary: file === "files.zip" ? "Các tệp của lô (khi xong)" : "Sổ lỗi của lô (khi xong)", tag: "batches", auth: true, params: batchId,
      responses: { 200: { description: file, content: type }, 409: { description: "Lô chưa xong" } },
      handler: async ({ params, principal }) => {
        const b = await load(actorOf(principal), params.id);
        if (b.state !== "done" && !(b.state === "cancelled" && isQueued(b))) throw new HttpProblem(409, [requestIssue("batch_not_done", { done: Number(b.done), records: Number(b.records) })]);
        const disposition = { "content-disposition": `attachment; filename="${b.id}-${file}"` };
        if (file === "files.zip") return { status: 200, body: isQueued(b) && b.mode === "final" ? zipStream({ entries: queuedFiles(store, b.id) }) : batchZip(ctx, b.id, b.mode), type, headers: disposition };
        const path = isQueued(b) ? await queuedErrors(store, b.id, batchDir(ctx, b.id), b.input ?? "") : join(batchDir(ctx, b.id), file);
        return { status: 200, body: createReadStream(path), type, headers: { ...disposition, "content-length": String((await stat(path)).size) } };
      },
    });
  }
  api.route({
    method: "POST", url: "/api/batches/:id/cancel", summary: "Dừng một lô đang chạy trên các máy tạo văn bản (PostgreSQL): bản ghi chưa làm bị hủy; trả lời số đã xong, lỗi, bị hủy", tag: "batches", auth: true, params: batchId,
    responses: { 200: { description: "{id, state, records, done, failed, cancelled}" }, 409: { description: "Lô không dừng được (không chạy trên hàng đợi)" } },
    handler: async ({ params, principal }) => {
      const b = await load(actorOf(principal), params.id);
      if (!isQueued(b)) throw new HttpProblem(409, [requestIssue("batch_not_cancellable", { state: b.state })]);
      const r = await cancelBatch(store, b.id);
      return { status: 200, body: { id: b.id, ...r } };
    },
  });
}
