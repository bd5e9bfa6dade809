// The kinds the service offers (titles, profiles), loaded once, and how a record names its subject.
import { api } from "./api";

export interface Kind {
  id: string;
  title: string;
  description: string;
  profiles: string[];
  defaultProfile: string;
  bundle: boolean;
}

let cache: Promise<Kind[]> | undefined;
export const loadKinds = (): Promise<Kind[]> => (cache ??= api<Kind[]>("GET", "/api/kinds").then((r) => (Array.isArray(r.data) ? r.data : [])));

/** The person or persons a record is about: "Vũ Quang Bình" or "Vũ Quang Bình và 2 người khác" (as the list's subject). */
export function subjectOf(record: Record<string, unknown> | undefined): string {
  if (!record) return "";
  const people = Array.isArray(record.people) ? (record.people as Array<Record<string, unknown>>) : [(record.person ?? record) as Record<string, unknown>];
  const names = people.map((p) => String(p?.fullName ?? "")).filter(Boolean);
  return names.length > 1 ? `${names[0]} và ${names.length - 1} người khác` : (names[0] ?? "");
}
