// Problems found in input or processing, as values with paths (zod-like shape), never thrown.

export type Severity = "error" | "warning";
export type IssuePath = ReadonlyArray<string | number>;

/** Every problem the pipeline can report; messages/ maps each code to Vietnamese text. */
export const ISSUE_CODES = [
  "no_input_files",
  "file_unreadable",
  "file_too_large",
  "file_unsupported",
  "file_empty",
  "parse_error",
  "record_not_object",
  "unknown_kind",
  "kind_missing",
  "unknown_profile",
  "profile_not_allowed",
  "required",
  "invalid_type",
  "unknown_key",
  "too_small",
  "too_big",
  "invalid_value",
  "invalid_date",
  "invalid_format",
  "nfd_text",
  "control_chars",
  "rotation_too_short",
  "exception_reason_missing",
  "service_left_short",
  "district_unit_after_reform",
  "start_before_decision",
  "duplicate_output",
  "duplicate_record",
  "duplicate_id",
  "blank_form",
  "template_error",
  "bundle_no_workbook",
  "no_version_for_date",
  "authority_mode_not_allowed",
  "unsupported_char",
  "config_invalid",
  "render_budget_exceeded",
  "render_retries_exhausted",
  "bundle_not_single",
  "excellent_quota_exceeded",
  "self_review_variant_conflict",
  "self_review_form_c_before_2025",
  "self_review_points_not_scored",
  "self_review_points_level_mismatch",
  "self_review_points_sum",
  "self_review_not_in_form",
  "commitment_breakthrough_too_many",
  "commitment_breakthrough_missing",
  "record_too_large",
  "assessment_version_subject",
  "assessment_not_applicable",
  "assessment_points_over_max",
  "assessment_points_max_total",
  "assessment_ranking_mismatch",
  "assessment_ranking_forced",
  "assessment_date_outside_year",
  "no_data_sheet",
  "too_many_rows",
  "unknown_column",
  "duplicate_column",
  "row_orphan",
  "row_id_missing",
  "row_conflict",
  "bad_cell",
  "legacy_text_converted",
  "legacy_text_suspect",
  "legacy_encoding",
  "font_invalid",
  "output_unwritable",
  "output_locked",
  "text_lost",
  "too_many_columns",
  "signing_key_missing",
  "signing_refused",
  "signing_image_missing",
  "signing_handle_invalid",
  // The HTTP service (server/): requests rather than records.
  "request_invalid",
  "request_too_large",
  "unsupported_media_type",
  "route_not_found",
  "csrf_header_missing",
  "unauthenticated",
  "login_rate_limited",
  "idempotency_key_conflict",
  "precondition_required",
  "internal_error",
  "batch_not_done",
  "batch_interrupted",
  "batch_not_cancellable",
  // The approval service's rules (store/, workflow/, admin and audit commands): messages/service-messages.ts.
  "database_too_new",
  "not_found",
  "forbidden_action",
  "action_not_allowed",
  "stale_revision",
  "comment_required",
  "already_exists",
  "unknown_reference",
  "invalid_role",
  "no_register",
  "audit_chain_broken",
  // Administration over HTTP (workflow/admin-*.ts, server/routes/admin*.ts).
  "admin_required",
  "admin_self_change",
  "signing_key_refused",
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface IssueSource {
  file?: string;
  /** 1-based record number within the file (spreadsheets also give sheet and row below). */
  record?: number;
  /** Document kind id, once known: messages take field labels from it. */
  kind?: string;
  /** Spreadsheets: the sheet (absent for CSV), the row as the spreadsheet numbers it, the column header. */
  sheet?: string;
  row?: number;
  column?: string;
}

export interface Issue {
  code: IssueCode;
  path: IssuePath;
  params: Readonly<Record<string, string | number | boolean | undefined>>;
  severity: Severity;
  source?: IssueSource;
}

export function issue(
  code: IssueCode,
  path: IssuePath,
  params: Issue["params"] = {},
  severity: Severity = "error",
): Issue {
  return { code, path, params, severity };
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === "error");

export function withSource(issues: readonly Issue[], source: IssueSource): Issue[] {
  return issues.map((i) => ({ ...i, source: { ...source, ...i.source } }));
}
