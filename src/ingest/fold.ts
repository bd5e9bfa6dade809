// Folds header and choice text for tolerant matching: case, spacing and Vietnamese marks ignored.

/** `Ngày  sinh *` → `ngaysinh`; `Đơn vị` → `donvi`. Used only to compare, never to store. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[*:]+\s*$/u, "")
    .replace(/[\s\u00a0]+/gu, "");
}

/** Case and spacing ignored, marks kept: the first, stricter way to match a header. */
export function loose(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi").replace(/[*:]+\s*$/u, "").replace(/[\s\u00a0]+/gu, "");
}

/** The header a clerk sees, without the required-column marker. */
export function cleanHeader(text: string): string {
  return text.replace(/\s*\*\s*$/u, "").replace(/\s+/gu, " ").trim();
}
