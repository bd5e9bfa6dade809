// One input: never rewrites its value during an IME composition (Telex/VNI); dates typed dd/mm/yyyy.
import { useEffect, useRef, useState } from "react";
import { isoToVn, vnToIso } from "../words";
import { choicesOf, fieldId, type FieldKind, type JsonSchema, type Path } from "./schema";

export interface FieldProps {
  path: Path;
  schema: JsonSchema;
  kind: FieldKind;
  label: string;
  required: boolean;
  value: unknown;
  problem?: string;
  onChange(path: Path, value: unknown): void;
}

const display = (kind: FieldKind, v: unknown): string => (kind === "date" ? isoToVn(v) : v === undefined || v === null ? "" : String(v));

function parse(kind: FieldKind, text: string): unknown {
  if (text.trim() === "") return undefined;
  if (kind === "number") return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text;
  if (kind === "date") return vnToIso(text);
  return text;
}

export function Field({ path, schema, kind, label, required, value, problem, onChange }: FieldProps) {
  const id = fieldId(path);
  const [text, setText] = useState(() => display(kind, value));
  const composing = useRef(false);
  // A value changed from outside (a loaded draft) shows, except while the user is composing a letter.
  useEffect(() => {
    if (!composing.current && parse(kind, text) !== value) setText(display(kind, value));
  }, [value]);
  const commit = (t: string) => onChange(path, parse(kind, t));
  const describedBy = problem ? `${id}-problem` : undefined;
  const common = {
    id,
    "aria-invalid": problem ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": required || undefined,
  } as const;
  let input;
  if (kind === "choice") {
    input = (
      <select {...common} value={value === undefined ? "" : String(value)} onChange={(e) => onChange(path, e.target.value || undefined)}>
        <option value="">— Chọn —</option>
        {choicesOf(schema)!.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    );
  } else if (kind === "boolean") {
    input = <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(path, e.target.checked)} />;
  } else {
    const handlers = {
      value: text,
      onChange: (e: { target: { value: string } }) => {
        setText(e.target.value);
        if (!composing.current) commit(e.target.value);
      },
      onCompositionStart: () => (composing.current = true),
      onCompositionEnd: (e: { currentTarget: { value: string } }) => {
        composing.current = false;
        commit(e.currentTarget.value);
      },
    };
    input =
      kind === "longText" ? (
        <textarea {...common} {...handlers} rows={3} />
      ) : (
        <input {...common} {...handlers} type="text" inputMode={kind === "number" ? "numeric" : undefined} placeholder={kind === "date" ? "dd/mm/yyyy" : undefined} />
      );
  }
  return (
    <div className={`field${problem ? " has-problem" : ""}${kind === "boolean" ? " field-check" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      {input}
      {problem && (
        <p className="problem" id={describedBy} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
