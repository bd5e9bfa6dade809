// Writes docx's formatted objects as XML text exactly as docx's own writer does (unindented), for cached fragments.

type Xmlable = Record<string, unknown>;
interface Element {
  name: string | undefined;
  attributes: string[];
  content: Array<Element | string | number | undefined>;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&apos;", "<": "&lt;", ">": "&gt;" };

/** docx's escaping of attribute values and text alike: five entities, C0 controls other than tab and newlines dropped. */
// eslint-disable-next-line no-control-regex
export const escapeXml = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? "");

const escapeValue = (value: unknown): unknown => (typeof value === "string" ? escapeXml(value) : value);

function resolve(data: Xmlable): Element {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  const attributes: string[] = [];
  const content: Element["content"] = [];
  const addAttributes = (attr: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(attr)) attributes.push(`${key}="${String(escapeValue(value))}"`);
  };
  if (typeof values !== "object") content.push(escapeValue(values) as string);
  else if (values !== null) {
    const { _attr: attr } = values as { _attr?: Record<string, unknown> };
    if (attr) addAttributes(attr);
    if (Array.isArray(values)) {
      let isString = false;
      content.push("");
      for (const value of values) {
        if (typeof value !== "object") {
          content.pop();
          isString = true;
          content.push(escapeValue(value) as string);
        } else if (Object.keys(value as object)[0] === "_attr") addAttributes((value as { _attr: Record<string, unknown> })._attr);
        else content.push(resolve(value as Xmlable));
      }
      if (!isString) content.push("");
    }
  }
  return { name, attributes, content };
}

function format(e: Element | string | number | undefined): string {
  if (typeof e !== "object") return e === undefined ? "" : String(e);
  const { name, attributes, content } = e;
  const open = (name ? `<${name}` : "") + (attributes.length > 0 ? ` ${attributes.join(" ")}` : "") + (content.length > 0 ? (name ? ">" : "") : "/>");
  if (content.length === 0) return open;
  return open + content.map(format).join("") + (name ? `</${name}>` : "");
}

/** XML text of one object as docx's Formatter returns it (`{ "w:p": [ … ] }`). */
export const xmlText = (data: unknown): string => format(resolve(data as Xmlable));
