// Problems of signing and verifying PDFs (keys, images, files); messages/sign-messages.ts says them in Vietnamese.
export const SIGN_CODES = [
  "sign_p12_password",
  "sign_p12_invalid",
  "sign_p12_no_key",
  "sign_key_mismatch",
  "sign_cert_expired",
  "sign_cert_not_yet_valid",
  "sign_image_not_png",
  "sign_image_too_large",
  "sign_seal_opaque",
  "sign_pdf_invalid",
  "sign_pdf_no_anchor",
  "sign_pdf_not_signed",
  "sign_pdf_changed",
  "sign_pdf_already_body",
  "sign_pdf_no_blank",
  "sign_external_mismatch",
  "sign_external_untrusted",
  "sign_external_invalid",
  "sign_external_too_large",
  "sign_tsa_failed",
] as const;
export type SignCode = (typeof SIGN_CODES)[number];

/** A signing problem caused by the caller's input (file, key, image): nothing was signed. */
export class SignError extends Error {
  constructor(
    readonly code: SignCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "SignError";
  }
}
