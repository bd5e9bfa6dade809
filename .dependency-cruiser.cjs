// Import boundaries of the pipeline (style.md): a wrong import fails `npm run lint`.
const only = (from, allowed) => ({
  name: `${from}-imports`,
  severity: "error",
  comment: `src/${from} may import only: ${allowed.join(", ") || "nothing from src"}`,
  from: { path: `^src/${from}/` },
  to: {
    path: "^src/",
    pathNot: [`^src/${from}/`, ...allowed.map((a) => `^src/${a}/`)],
  },
});

module.exports = {
  forbidden: [
    only("core", []),
    only("model", ["core"]),
    only("profiles", ["core", "model"]),
    only("layout", ["core", "model", "profiles"]),
    only("backends/docx", ["core", "model", "layout"]),
    only("backends/pdf", ["core", "model", "layout"]),
    only("kinds", ["core"]),
    only("ingest", ["core", "kinds"]),
    only("validate", ["core", "kinds"]),
    only("template", ["core", "model", "kinds"]),
    only("messages", ["core", "kinds"]),
    // Input and error workbooks: the column layout is ingest's, so what the forms write the reader reads.
    only("workbook", ["core", "kinds", "messages", "ingest"]),
    // The approval service (style.md "The service beside the pipeline"): store and workflow know nothing of layout.
    only("store", ["core"]),
    only("workflow", ["core", "store", "kinds"]),
    {
      name: "workflow-kinds-ids-only",
      severity: "error",
      comment: "workflow/ may take kind ids and titles from kinds/index.ts, never a stage",
      from: { path: "^src/workflow/" },
      to: { path: "^src/kinds/", pathNot: ["^src/kinds/index\\.ts$"] },
    },
    {
      name: "server-wires-facade",
      severity: "error",
      comment: "src/server wires the facade (src/index.ts), messages, and the service's workflow, store, sign and worker (queue submission) indexes; never a stage",
      from: { path: "^src/server/" },
      to: { path: "^src/", pathNot: ["^src/server/", "^src/index\\.ts$", "^src/messages/", "^src/store/index\\.ts$", "^src/workflow/index\\.ts$", "^src/sign/index\\.ts$", "^src/worker/index\\.ts$"] },
    },
    {
      name: "worker-uses-facade",
      severity: "error",
      // A drafts job makes documents: through the workflow's index (its rules, history and audit chain), never by writing rows itself.
      comment: "src/worker is a pg-boss consumer over the pipeline's pool: the facade (src/index.ts), the store's index and the workflow's index (drafts) only",
      from: { path: "^src/worker/" },
      to: { path: "^src/", pathNot: ["^src/worker/", "^src/index\\.ts$", "^src/store/index\\.ts$", "^src/workflow/index\\.ts$"] },
    },
    // Signatures: bytes in, bytes out; the place of a signature comes from the layout's output in the file.
    only("sign", ["core", "layout"]),
    // The web app talks to the server over HTTP only.
    only("web", []),
    {
      name: "cli-uses-facade",
      severity: "error",
      comment: "the CLI goes through src/index.ts, messages, and the service's store, workflow and server indexes (admin, audit, serve)",
      from: { path: "^src/cli/" },
      to: { path: "^src/", pathNot: ["^src/cli/", "^src/index\\.ts$", "^src/messages/", "^src/store/index\\.ts$", "^src/workflow/index\\.ts$", "^src/server/index\\.ts$", "^src/worker/index\\.ts$"] },
    },
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
