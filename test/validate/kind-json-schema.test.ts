// JSON Schema export of a kind: input shape, Vietnamese titles from the labels, no $id.
import { describe, expect, it } from "vitest";
import { findKind } from "../../src/kinds/index.js";
import { kindJsonSchema } from "../../src/kinds/json-schema.js";

type Node = { title?: string; properties?: Record<string, Node>; items?: Node; required?: string[]; [k: string]: unknown };

describe("kindJsonSchema", () => {
  const schema = kindJsonSchema(findKind("rotation-decision")!) as Node;

  it("titles the document and every labelled field, list items included", () => {
    expect(schema.title).toBe("Quyết định luân chuyển cán bộ");
    expect(schema.$id).toBeUndefined();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.properties!.issuer!.properties!.symbol!.title).toBe("Ký hiệu cơ quan");
    expect(schema.properties!.people!.title).toBe("Danh sách cán bộ luân chuyển");
    expect(schema.properties!.people!.items!.properties!.birthDate!.title).toBe("Ngày sinh");
    expect(schema.properties!.signer!.properties!.title!.title).toBe("Chức vụ người ký");
  });

  it("describes the input: defaults optional, dates as text, no extra keys", () => {
    const person = schema.properties!.people!.items!;
    expect(person.required).not.toContain("months");
    expect(person.properties!.startDate!.type).toBe("string");
    expect(person.additionalProperties).toBe(false);
  });
});
