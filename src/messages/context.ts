// What a message function receives besides the issue's params.
import type { Issue, IssueCode, IssuePath } from "../core/index.js";
import type { KindDefinition } from "../kinds/index.js";

export type Params = Issue["params"];

export interface MessageContext {
  kind?: KindDefinition;
  path: IssuePath;
  /** Label of another field beside the issue's field (`exception` next to `months`). */
  sibling(key: string): string;
}

/** One Vietnamese message per code: what is wrong and how to fix it, without the location. */
export type MessageTable = { [C in IssueCode]: (p: Params, ctx: MessageContext) => string };
