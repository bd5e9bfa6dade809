// A user's templatesDir is untrusted: every fault in a template becomes a template_error issue, never a throw.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, renderDocument } from "../../src/index.js";
import { compileTemplate } from "../../src/template/index.js";
import { FIXED_NOW, loadRecord, ROOT } from "../helpers/samples.js";

const record = loadRecord("inputs/party/luan-chuyen-mot-nguoi.json");
const original = readFileSync(join(ROOT, "templates/rotation-decision/party.hbs"), "utf8");

/** A copy of templates/ whose party rotation decision has `snippet` inside its document. */
function userTemplates(snippet: string): string {
  const dir = mkdtempSync(join(tmpdir(), "cadre-tpl-"));
  cpSync(join(ROOT, "templates"), dir, { recursive: true });
  writeFileSync(join(dir, "rotation-decision/party.hbs"), original.replace(/<document([^>]*)>/, `<document$1><p>${snippet}</p>`));
  return dir;
}

describe("faults in user templates", () => {
  it("renders the unchanged copy (the harness is sound)", async () => {
    const r = await renderDocument(record, { templatesDir: userTemplates(""), now: FIXED_NOW, formats: [] });
    expect(r.ok).toBe(true);
  });

  it.each([
    ["a partial with whitespace control", "{{~> evil}}"],
    ["a partial block", "{{#> layout}}x{{/layout}}"],
    ["an inline partial", '{{#*inline "x"}}y{{/inline}}'],
    ["a decorator", "{{* dec}}"],
    ["triple-stash with whitespace control", "{{~{title}}}"],
    ["ampersand with whitespace control", "{{~& title}}"],
    ["a helper given a number", "{{upper 5}}"],
    ["a date helper given a number", "{{shortDate 5}}"],
    ["an unclosed block", "{{#if x}}"],
    ["an external entity", ']]></p></document><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><document><p>&e;'],
  ])("%s is a template_error with a Vietnamese message", async (_name, snippet) => {
    const r = await renderDocument(record, { templatesDir: userTemplates(snippet), now: FIXED_NOW, formats: [] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(["template_error"]);
    expect(formatIssue(r.issues[0]!)).toContain('Không dựng được văn bản từ mẫu "rotation-decision/party.hbs"');
  });

  it.each([["{{#with this.constructor}}{{name.length}}{{/with}}"], ["{{#with (lookup this 'constructor')}}{{#each prototype}}x{{/each}}{{/with}}"], ["{{#each constructor}}x{{/each}}"]])(
    "with/each on a constructor renders nothing or reports, never throws: %s",
    async (snippet) => {
      const r = await renderDocument(record, { templatesDir: userTemplates(snippet), now: FIXED_NOW, formats: [] });
      if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(["template_error"]);
    },
  );

  it("finds banned constructs on the parsed template, whatever their spelling", () => {
    for (const src of ["{{~> p}}", "{{> (lookup . 'x')}}", "{{#*inline 'p'}}{{/inline}}", "{{~{v}~}}", "{{~&v}}", "{{* d}}", "{{#> p}}{{/p}}"]) {
      expect(() => compileTemplate(`<document><p>${src}</p></document>`), src).toThrow(/not allowed/);
    }
    // The same characters as text or inside a string literal are not constructs.
    expect(compileTemplate("<document><p>\\{{> p}} {{eq '{{{' '{{>'}}</p></document>")({})).toBe("<document><p>{{> p}} false</p></document>");
  });
});
