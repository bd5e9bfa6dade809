// A form built from a kind's JSON Schema and Vietnamese titles: groups, repeatable lists, choices, dates, required marks,
// and the server's problems shown at their field (the path is the field's path).
import type { ReactNode } from "react";
import { Field } from "./Field";
import { fieldKind, getAt, pathKey, type JsonSchema, type Path } from "./schema";

interface Props {
  schema: JsonSchema;
  record: unknown;
  problems: Map<string, string>;
  onChange(path: Path, value: unknown): void;
}

export function SchemaForm({ schema, record, problems, onChange }: Props) {
  return <div className="schema-form">{objectFields(schema, [], { record, problems, onChange })}</div>;
}

interface Ctx {
  record: unknown;
  problems: Map<string, string>;
  onChange(path: Path, value: unknown): void;
}

/** Not the drafter's to fill: the kind is fixed, and the number (with its date) comes from the register at numbering. */
const SKIP = new Set(["kind", "number"]);

function objectFields(schema: JsonSchema, path: Path, ctx: Ctx): ReactNode[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => !(path.length === 0 && SKIP.has(key)))
    .map(([key, s]) => node(s, [...path, key], key, required.has(key), ctx));
}

function node(s: JsonSchema, path: Path, key: string, required: boolean, ctx: Ctx): ReactNode {
  const kind = fieldKind(s, key);
  const label = s.title ?? key;
  const k = pathKey(path);
  if (kind === "hidden") return null;
  if (kind === "object") {
    return (
      <fieldset key={k} className="group">
        <legend>
          {label}
          {required && <span className="required" aria-hidden="true"> *</span>}
        </legend>
        {ctx.problems.get(k) && <p className="problem" role="alert">{ctx.problems.get(k)}</p>}
        {objectFields(s, path, ctx)}
      </fieldset>
    );
  }
  if (kind === "list") return <ListField key={k} schema={s} path={path} label={label} required={required} ctx={ctx} />;
  return <Field key={k} path={path} schema={s} kind={kind} label={label} required={required} value={getAt(ctx.record, path)} problem={ctx.problems.get(k)} onChange={ctx.onChange} />;
}

function ListField({ schema, path, label, required, ctx }: { schema: JsonSchema; path: Path; label: string; required: boolean; ctx: Ctx }) {
  const items = (getAt(ctx.record, path) as unknown[] | undefined) ?? [];
  const item = schema.items ?? { type: "string" };
  const k = pathKey(path);
  const add = () => ctx.onChange(path, [...items, fieldKind(item, "") === "object" ? {} : ""]);
  const remove = (i: number) => ctx.onChange(path, items.filter((_, j) => j !== i));
  return (
    <fieldset className="group list">
      <legend>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </legend>
      {ctx.problems.get(k) && <p className="problem" role="alert">{ctx.problems.get(k)}</p>}
      {items.map((_, i) => (
        <div className="list-item" key={`${k}.${i}`}>
          {fieldKind(item, "") === "object" ? (
            <fieldset className="group">
              <legend>
                {label} {i + 1}
              </legend>
              {objectFields(item, [...path, i], ctx)}
            </fieldset>
          ) : (
            node({ ...item, title: `${label} ${i + 1}` }, [...path, i], String(i), false, ctx)
          )}
          <button type="button" className="secondary" onClick={() => remove(i)} aria-label={`Xóa ${label.toLowerCase()} ${i + 1}`}>
            Xóa
          </button>
        </div>
      ))}
      {(schema.maxItems === undefined || items.length < schema.maxItems) && (
        <button type="button" className="secondary" onClick={add}>
          + Thêm {label.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
