// The state machine as a table: each action's source states, target state, roles and whether it needs a reason.
import type { Action, Actor, Role, State } from "./types.js";

interface Transition {
  from: readonly State[];
  to: State;
  roles: readonly Role[];
  /** A reason is required (return, revoke) and kept in the history (revoke: in the register's Ghi chú). */
  reason?: boolean;
}

/** service.md: draft → submitted → approved → (signed) → numbered → issued; return, cancel, revoke. */
export const TRANSITIONS: Readonly<Record<Action, Transition>> = {
  submit: { from: ["draft"], to: "submitted", roles: ["drafter"] },
  approve: { from: ["submitted"], to: "approved", roles: ["approver"] },
  return: { from: ["submitted", "approved"], to: "draft", roles: ["approver"], reason: true },
  sign: { from: ["approved"], to: "signed", roles: ["approver"] },
  // Paper route: approved → numbered (signed by hand after printing); electronic: signed → numbered.
  number: { from: ["approved", "signed"], to: "numbered", roles: ["registrar"] },
  issue: { from: ["numbered"], to: "issued", roles: ["registrar"] },
  cancel: { from: ["draft", "submitted", "approved", "signed"], to: "cancelled", roles: ["drafter", "approver"] },
  revoke: { from: ["issued"], to: "revoked", roles: ["registrar"], reason: true },
};

/** States in which the record may still change; an edit of an approved document sends it back to submitted (Đ11). */
export const EDITABLE: Readonly<Partial<Record<State, State>>> = { draft: "draft", submitted: "submitted", approved: "submitted" };
/** Who may edit: the drafter who wrote it, or a leader of the unit (who may correct before approving). */
export const EDIT_ROLES: readonly Role[] = ["drafter", "approver"];
/** Who may read documents: every role but admin (users, units, registers, keys; no document content). */
export const READ_ROLES: readonly Role[] = ["drafter", "approver", "registrar"];

export const hasRole = (actor: Actor, roles: readonly Role[]): boolean => actor.roles.some((r) => roles.includes(r));

/** Actions of the state that the actor's roles allow, in workflow order. */
export function allowedActions(state: State, actor: Actor): Action[] {
  return (Object.keys(TRANSITIONS) as Action[]).filter((a) => TRANSITIONS[a].from.includes(state) && hasRole(actor, TRANSITIONS[a].roles));
}

/** Actions of the state for anyone (when the actor may do none, the message still says what the document awaits). */
export function actionsOfState(state: State): Action[] {
  return (Object.keys(TRANSITIONS) as Action[]).filter((a) => TRANSITIONS[a].from.includes(state));
}
