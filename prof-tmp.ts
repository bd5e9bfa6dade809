import { fullSheet } from "./test/hostile/hostile-xlsx.ts";
import { readXlsx } from "./src/ingest/xlsx.ts";
const b = await fullSheet();
const lim = { maxRows: 20000, maxColumns: 256, maxUnpacked: 64 << 20, maxSharedStrings: 32 << 20 };
const t = performance.now();
await readXlsx(b, lim); console.log("read", performance.now() - t, process.resourceUsage().maxRSS/1024);
