// Registers and their entries (Phụ lục IV columns); ?format=xlsx or pdf prints the register.
import { z } from "zod";
import type { Store } from "../../store/index.js";
import { listRegisters, registerEntries, type Actor } from "../../workflow/index.js";
import { registerPdf } from "../register-pdf.js";
import { registerWorkbook } from "../register-xlsx.js";
import type { Api } from "../route.js";
import { actorOf, refuse } from "./documents.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function registerRoutes(api: Api<Actor>, store: Store): void {
  api.route({
    method: "GET", url: "/api/registers", summary: "Sổ đăng ký văn bản đi của đơn vị", tag: "registers", auth: true,
    responses: { 200: { description: "{items}" } },
    handler: async ({ principal }) => ({ status: 200, body: { items: await listRegisters(store, actorOf(principal)) } }),
  });
  api.route({
    method: "GET", url: "/api/registers/:id/entries", summary: "Các dòng của sổ (theo năm); ?format=xlsx hoặc ?format=pdf: sổ để in (Phụ lục IV)", tag: "registers", auth: true,
    params: z.strictObject({ id: z.uuid() }),
    query: z.strictObject({ year: z.coerce.number().int().min(1945).max(9999).optional(), format: z.enum(["json", "xlsx", "pdf"]).optional() }),
    responses: { 200: { description: "{items} hoặc tệp .xlsx" }, 404: { description: "Không có sổ này trong đơn vị" } },
    handler: async ({ params, query, principal }) => {
      const actor = actorOf(principal);
      const rows = await registerEntries(store, actor, params.id, { year: query.year });
      if (!rows.ok) refuse(rows.issues);
      if (query.format !== "xlsx" && query.format !== "pdf") return { status: 200, body: { items: rows.value } };
      const reg = (await listRegisters(store, actor)).find((r) => r.id === params.id)!;
      const pdf = query.format === "pdf";
      const bytes = pdf ? await registerPdf(reg, rows.value, query.year) : await registerWorkbook(reg, rows.value, query.year);
      const name = `so-van-ban-di${query.year ? `-${query.year}` : ""}.${query.format}`;
      return { status: 200, body: bytes, type: pdf ? "application/pdf" : XLSX, headers: { "content-disposition": `attachment; filename="${name}"` } };
    },
  });
}
