// docProps/core.xml from the document's metadata, dated by meta.createdAt so that output is reproducible.
import type { DocMeta } from "../../model/index.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// XML 1.0 allows neither these control characters nor lone surrogates; drop them rather than write a broken part.
const INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const esc = (s: string): string => s.replace(INVALID, "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** `meta.createdAt` as an instant. A time without a zone is read as UTC, never as the machine's local time. */
export function createdInstant(createdAt: string): Date {
  const hasTime = createdAt.includes("T");
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(createdAt);
  const date = new Date(hasTime && !hasZone ? `${createdAt}Z` : createdAt);
  if (Number.isNaN(date.getTime())) throw new Error(`meta.createdAt is not an ISO 8601 date: ${createdAt}`);
  return date;
}

/** W3CDTF to the second, as Word writes it. */
const w3cdtf = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");

export function coreXml(meta: DocMeta, created: Date): string {
  const when = w3cdtf(created);
  const text = (tag: string, value: string) => (value ? `<${tag}>${esc(value)}</${tag}>` : "");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    text("dc:title", meta.title) +
    text("dc:subject", meta.subject) +
    text("dc:creator", meta.author) +
    text("dc:description", [meta.kind, meta.version, meta.profile].join("/")) +
    text("dc:language", "vi-VN") +
    text("cp:lastModifiedBy", meta.author) +
    "<cp:revision>1</cp:revision>" +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}
