// The web app talks to the server over HTTP only: JSON with the CSRF header, ETag/If-Match, and Vietnamese problems.

export interface ApiIssue {
  code: string;
  path: Array<string | number>;
  params?: Record<string, unknown>;
  severity: "error" | "warning";
  message: string;
}

export interface ApiAnswer<T> {
  status: number;
  data: T;
  etag?: string;
  /** The server's Vietnamese message for a refused request. */
  problem?: { message: string; issues: ApiIssue[]; allowedActions?: string[] };
}

const HEADERS = { "X-Requested-With": "cadre-docs" };

export async function api<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...HEADERS, ...extra };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(path, { method, headers, credentials: "same-origin", body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const data = text ? (JSON.parse(text) as T) : (undefined as T);
  const answer: ApiAnswer<T> = { status: res.status, data, etag: res.headers.get("etag") ?? undefined };
  if (!res.ok) answer.problem = data as ApiAnswer<T>["problem"];
  return answer;
}

/** A PDF of the record as it stands, or the issues that stop it. */
export async function preview(record: unknown): Promise<{ pdf?: ArrayBuffer; issues: ApiIssue[]; message?: string }> {
  const res = await fetch("/api/preview", { method: "POST", headers: { ...HEADERS, "Content-Type": "application/json" }, credentials: "same-origin", body: JSON.stringify({ record }) });
  if (res.ok) return { pdf: await res.arrayBuffer(), issues: [] };
  const problem = (await res.json().catch(() => ({}))) as { message?: string; issues?: ApiIssue[] };
  return { issues: problem.issues ?? [], message: problem.message };
}

export async function upload<T>(path: string, file: File): Promise<ApiAnswer<T>> {
  const form = new FormData();
  form.append("file", file);
  const res = await fetch(path, { method: "POST", headers: { ...HEADERS, "Idempotency-Key": crypto.randomUUID() }, credentials: "same-origin", body: form });
  const data = (await res.json().catch(() => ({}))) as T;
  return { status: res.status, data, problem: res.ok ? undefined : (data as ApiAnswer<T>["problem"]) };
}

export const newKey = (): Record<string, string> => ({ "Idempotency-Key": crypto.randomUUID() });
