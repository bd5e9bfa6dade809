// After `tsc`: the CLI entry keeps its shebang; this makes it executable so `./dist/cli/main.js` and linked bins run.
import { chmodSync } from "node:fs";
import { URL } from "node:url";

chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755);
