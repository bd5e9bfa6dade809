// Who acts and on what: roles, states and actions of the approval workflow (service.md, Nghị định 30/2020 Đ10–18).

export const ROLES = ["drafter", "approver", "registrar", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

export const STATES = ["draft", "submitted", "approved", "signed", "numbered", "issued", "cancelled", "revoked"] as const;
export type State = (typeof STATES)[number];

export const ACTIONS = ["submit", "approve", "return", "sign", "number", "issue", "cancel", "revoke"] as const;
export type Action = (typeof ACTIONS)[number];
export const isAction = (a: string): a is Action => (ACTIONS as readonly string[]).includes(a);

/**
 * The one acting: a person (`userId` = users.id) or a system with an API token (`userId` = `token:<id>`),
 * always within one unit, with that unit's roles. The admin CLI acts as `cli:<os user>`.
 */
export interface Actor {
  userId: string;
  unitId: string;
  roles: readonly Role[];
}

/** A document as the service answers it (the record parsed; history and files attached by getDocument). */
export interface DocumentView {
  id: string;
  unitId: string;
  kind: string;
  version: string | null;
  profile: string | null;
  state: State;
  record: Record<string, unknown>;
  revision: number;
  etag: string;
  number: number | null;
  numberText: string | null;
  registerId: string | null;
  issuedDate: string | null;
  replacesId: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** What this actor may do now (actions of the current state allowed to the actor's roles). */
  allowedActions: Action[];
}

export interface HistoryEntry {
  action: string;
  fromState: string | null;
  toState: string;
  userId: string;
  comment: string | null;
  revision: number;
  at: string;
}

export interface FileEntry {
  format: string;
  sha256: string;
  size: number;
  revision: number;
}
