// After typedoc: docs/api.md gets a line saying it is generated and how to refresh it.
import { readFileSync, writeFileSync } from "node:fs";
import { URL } from "node:url";

const path = new URL("../docs/api.md", import.meta.url);
const NOTE = "<!-- Generated from the types of src/index.ts by `npm run docs:api` (typedoc); do not edit by hand. -->\n\n";
const text = readFileSync(path, "utf8");
writeFileSync(path, text.startsWith("<!--") ? text : NOTE + text);
