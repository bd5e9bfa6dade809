// The database as Kysely sees it: one interface per table, the single source of the service's table types.

/** Times are ISO 8601 strings in UTC; JSON columns are text; booleans are 0/1 — the same on SQLite and PostgreSQL. */
export interface UnitTable {
  id: string;
  code: string;
  name: string;
  profile: "nd30" | "party";
  /** Ký hiệu of the issuing body in a number ("UBND" in 12/QĐ-UBND); null: the code. */
  symbol: string | null;
  /** The unit above (an admin manages their unit and the units below it); null: a top unit. Migration 0003. */
  parent_id?: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string | null;
  unit_id: string;
  password_hash: string;
  disabled: number;
  created_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface ApiTokenTable {
  id: string;
  unit_id: string;
  role: string;
  name: string | null;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface LoginAttemptTable {
  id: string;
  username: string;
  address: string;
  success: number;
  at: string;
}

export interface RegisterTable {
  id: string;
  unit_id: string;
  name: string;
  /** Series within the body ("văn bản hành chính", a Party document type…); part of the series key. */
  series: string;
  period: "year" | "term";
  /** Start (ISO date) of the current term for `term` registers; the series key holds it. */
  term_start: string | null;
  is_default: number;
  created_at: string;
}

export interface RegisterCounterTable {
  register_id: string;
  series_key: string;
  last_number: number;
}

export interface RegisterEntryTable {
  id: string;
  register_id: string;
  series_key: string;
  number: number;
  number_text: string;
  document_id: string;
  issued_date: string;
  kind_title: string;
  summary: string;
  signer: string | null;
  recipients: string | null;
  archive: string | null;
  copies: number | null;
  sent_date: string | null;
  received_by: string | null;
  note: string | null;
  created_at: string;
}

export interface DocumentTable {
  id: string;
  unit_id: string;
  kind: string;
  version: string | null;
  profile: string | null;
  state: string;
  record: string;
  revision: number;
  etag: string;
  number: number | null;
  number_text: string | null;
  register_id: string | null;
  issued_date: string | null;
  replaces_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentFileTable {
  document_id: string;
  format: string;
  sha256: string;
  size: number;
  revision: number;
  created_at: string;
  /** 1: a PDF with digital signatures, kept as it is until the next signature (never rendered again). */
  signed?: number;
}

export interface DocumentHistoryTable {
  id: string;
  document_id: string;
  action: string;
  from_state: string | null;
  to_state: string;
  user_id: string;
  comment: string | null;
  revision: number;
  at: string;
}

export interface CommentTable {
  id: string;
  document_id: string;
  user_id: string;
  body: string;
  at: string;
}

export interface IdempotencyKeyTable {
  key: string;
  actor: string;
  method: string;
  path: string;
  request_hash: string;
  status: number | null;
  body: string | null;
  created_at: string;
}

export interface BatchTable {
  id: string;
  /** Null for a batch submitted by `cadre-docs render --db` (PostgreSQL only). */
  unit_id: string | null;
  created_by: string;
  mode: string;
  state: string;
  records: number;
  done: number;
  failed: number;
  detail: string | null;
  created_at: string;
  updated_at: string;
  /** The input's name as issues name it (a queued batch: the upload's or the CLI's file). */
  input: string | null;
  /** A queued batch's render settings (JSON: clock, formats), the same for every worker. */
  settings: string | null;
}

/** One file of a queued batch's record, under a key fixed by the record: a job run twice yields one row. */
export interface BatchFileTable {
  batch_id: string;
  seq: number;
  format: string;
  stem: string;
  sha256: string;
  size: number;
  kind: string;
  version: string;
  profile: string;
  pages: number;
  record_hash: string;
  /** A bundle's document: the input record it came from (null: seq is the record) and the child's label. */
  record: number | null;
  item: string | null;
}

export interface BatchItemTable {
  batch_id: string;
  seq: number;
  document_id: string | null;
  state: string;
  issues: string | null;
  /** A bundle's document: the input record it came from (null: seq is the record) and the child's label. */
  record: number | null;
  item: string | null;
}

export interface AuditLogTable {
  id: number;
  at: string;
  user_id: string | null;
  unit_id: string | null;
  action: string;
  document_id: string | null;
  before_hash: string | null;
  after_hash: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** One row: the chain's last id and hash, locked by every append so the chain never forks. */
export interface AuditHeadTable {
  id: number;
  last_id: number;
  last_hash: string;
}

export interface SigningKeyTable {
  /** `user:<id>` (a signer) or `unit:<id>` (the issuing body). */
  owner: string;
  unit_id: string;
  p12_sealed: Uint8Array;
  password_sealed: Uint8Array;
  image: Uint8Array;
  subject: string;
  valid_to: string;
  cert_sha256: string;
  created_at: string;
  created_by: string;
}
export interface FileBlobTable {
  sha256: string;
  size: number;
  data: Uint8Array;
}

export interface Database {
  units: UnitTable;
  users: UserTable;
  user_roles: UserRoleTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  registers: RegisterTable;
  register_counters: RegisterCounterTable;
  register_entries: RegisterEntryTable;
  documents: DocumentTable;
  document_files: DocumentFileTable;
  document_history: DocumentHistoryTable;
  comments: CommentTable;
  idempotency_keys: IdempotencyKeyTable;
  batches: BatchTable;
  batch_items: BatchItemTable;
  batch_files: BatchFileTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  file_blobs: FileBlobTable;
  signing_keys: SigningKeyTable;
}
