// What an admin manages: their own unit and the units below it; any other unit, user, register or token is "not found".
import { fail, issue, ok, type Result } from "../core/index.js";
import type { Store, UnitTable } from "../store/index.js";
import type { AdminBy } from "./admin.js";
import type { Actor } from "./types.js";

export interface AdminScope {
  actor: Actor;
  /** For the audit trail of the admin's changes. */
  by: AdminBy;
  /** The admin's unit first, then the units below it (breadth first, by code). */
  units: UnitTable[];
  byId: Map<string, UnitTable>;
}

/** The units below `rootId`, the root included; `all` is every unit (a unit table is small). */
export function unitsBelow(all: readonly UnitTable[], rootId: string): UnitTable[] {
  const children = new Map<string, UnitTable[]>();
  for (const u of all) if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u]);
  const root = all.find((u) => u.id === rootId);
  const out = root ? [root] : [];
  // `seen` guards against a cycle written into the database by hand.
  const seen = new Set(out.map((u) => u.id));
  for (let i = 0; i < out.length; i++) {
    for (const c of (children.get(out[i]!.id) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push(c);
    }
  }
  return out;
}

/** The admin's scope; 403 (admin_required) for anyone without the admin role. */
export async function adminScope(store: Store, actor: Actor, now?: Date): Promise<Result<AdminScope>> {
  if (!actor.roles.includes("admin")) return fail([issue("admin_required", [], {})]);
  const all = await store.db.selectFrom("units").selectAll().execute();
  const units = unitsBelow(all, actor.unitId);
  return ok({ actor, by: { userId: actor.userId, unitId: actor.unitId, now }, units, byId: new Map(units.map((u) => [u.id, u])) });
}

/** A unit of the scope by its code, or a not_found refusal (a unit elsewhere answers as one that does not exist). */
export function scopedUnit(scope: AdminScope, code: string): Result<UnitTable> {
  const unit = scope.units.find((u) => u.code === code);
  return unit ? ok(unit) : fail([issue("not_found", [], { what: "unit", id: code })]);
}
