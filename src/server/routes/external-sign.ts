// The external signing route: prepare (digest, bytes and a handle for the signer's device) and complete (the CMS it made).
import { z } from "zod";
import type { Store } from "../../store/index.js";
import type { Actor, DocumentView } from "../../workflow/index.js";
import type { RenderSettings } from "../doc-files.js";
import { completeExternal, HANDLE_TTL_MS, prepareExternal } from "../external-signing.js";
import type { Answer, Api } from "../route.js";
import { actorOf, documentId, etagHeader, keeping, refuse, summary } from "./documents.js";

/** A signature image of at most 2 MB, as base64: room for its encoding. */
const IMAGE_BODY_LIMIT = 3 * 1024 * 1024;
const bytes = (b64: string): Buffer => Buffer.from(b64, "base64");

export function externalSignRoutes(api: Api<Actor>, store: Store, settings: RenderSettings): void {
  api.route({
    method: "POST", url: "/api/documents/:id/sign/prepare", tag: "documents", auth: true, params: documentId, readOnly: true, bodyLimit: IMAGE_BODY_LIMIT,
    summary: `Chuẩn bị ký bằng thiết bị ký số (USB token, dịch vụ ký từ xa): mã băm SHA-256 và nội dung cần ký, mã phiên dùng trong ${HANDLE_TTL_MS / 60_000} phút`,
    body: z.strictObject({ image: z.base64().max(IMAGE_BODY_LIMIT).optional().describe("Ảnh chữ ký PNG nền trong suốt (base64); bỏ trống: ảnh đã lưu cùng khóa của người ký") }).optional(),
    responses: {
      200: { description: "{handle, digest (hex), digestBase64, signedBytes (base64), etag, expiresAt}" },
      409: { description: "Không ở trạng thái đã duyệt, hoặc chưa có ảnh chữ ký" },
    },
    handler: async ({ params, body, principal }) => {
      const r = await prepareExternal(store, settings, actorOf(principal), params.id, body?.image ? bytes(body.image) : undefined);
      if (!r.ok) refuse(r.issues);
      return { status: 200, body: r.value };
    },
  });
  api.route({
    method: "POST", url: "/api/documents/:id/sign/complete", tag: "documents", auth: true, params: documentId, headers: ["Idempotency-Key"],
    summary: "Gắn chữ ký CMS do thiết bị ký số tạo vào văn bản đã chuẩn bị: đã duyệt → đã ký",
    body: z.strictObject({
      handle: z.string().min(1).max(4000).describe("Mã phiên nhận từ …/sign/prepare"),
      cms: z.base64().min(1).max(32_768).describe("Chữ ký CMS/PKCS#7 tách rời (DER, base64) trên mã băm đã chuẩn bị"),
    }),
    responses: {
      200: { description: "Văn bản sau khi ký" },
      409: { description: "Không ở trạng thái đã duyệt" },
      412: { description: "Văn bản đã thay đổi sau khi chuẩn bị" },
      422: { description: "Chữ ký không khớp mã băm, không hợp lệ, chứng thư hết hiệu lực, hoặc mã phiên sai/hết hạn" },
    },
    handler: async ({ params, body, principal, keep }) => {
      const answer = (d: DocumentView): Answer => ({ status: 200, body: summary(d), headers: etagHeader(d.etag) });
      const r = await completeExternal(store, settings, actorOf(principal), params.id, { handle: body.handle, cms: bytes(body.cms) }, keeping(keep, answer));
      if (!r.ok) refuse(r.issues);
      return answer(r.value);
    },
  });
}
