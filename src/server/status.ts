// HTTP status of a workflow refusal, from its issue code (the first error decides).
import type { Issue } from "../index.js";

const STATUS: Record<string, number> = {
  not_found: 404,
  forbidden_action: 403,
  action_not_allowed: 409,
  stale_revision: 412,
  comment_required: 422,
  no_register: 409,
  signing_key_missing: 409,
  already_exists: 409,
  unknown_reference: 422,
  invalid_role: 422,
  unknown_kind: 422,
  admin_required: 403,
  admin_self_change: 409,
  signing_key_refused: 422,
};

export function statusOf(issues: readonly Issue[]): number {
  const first = issues.find((i) => i.severity === "error") ?? issues[0];
  return (first && STATUS[first.code]) ?? 422;
}

/** The `allowed` actions a 409 names, as a list for machines beside the message. */
export function refusalExtra(issues: readonly Issue[]): Record<string, unknown> {
  const refused = issues.find((i) => i.code === "action_not_allowed");
  if (!refused) return {};
  const allowed = String(refused.params.allowed ?? "");
  return { allowedActions: allowed ? allowed.split(",") : [] };
}
