// Templates are untrusted: no unescaped output, no partials, no prototype access, markup stays well formed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileTemplate, parseMarkup } from "../../src/template/index.js";
import { ROOT } from "../helpers/samples.js";

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? templateFiles(path) : name.endsWith(".hbs") ? [path] : [];
  });
}

describe("template safety", () => {
  it("no committed template uses triple-stash or partials", () => {
    const files = templateFiles(join(ROOT, "templates"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      // The ban is checked on the parsed template (Handlebars AST), the same check user templates get.
      expect(() => compileTemplate(readFileSync(f, "utf8")), f).not.toThrow();
    }
  });

  it("refuses unescaped output and partials in a user template", () => {
    expect(() => compileTemplate("<document><p>{{{x}}}</p></document>")).toThrow(/not allowed/);
    expect(() => compileTemplate("<document>{{> evil}}</document>")).toThrow(/not allowed/);
  });

  it("escapes input so markup stays well formed and inert", () => {
    const out = compileTemplate("<document><p>{{v}}</p></document>")({ v: '</p><pagebreak/><p a="1">&' });
    const parsed = parseMarkup(out);
    expect(parsed.issues).toEqual([]);
    expect(parsed.blocks).toEqual([{ type: "paragraph", runs: [{ text: '</p><pagebreak/><p a="1">&' }] }]);
  });

  it.each([
    ["{{#with v}}{{constructor}}{{/with}}"],
    ["{{lookup v 'constructor'}}"],
    ["{{v.__proto__}}"],
  ])("gives no access to prototypes: %s renders nothing", (src) => {
    expect(compileTemplate(`<document><p>${src}</p></document>`)({ v: {} })).toBe("<document><p></p></document>");
  });

  it("a path through a prototype property is an error", () => {
    expect(() => compileTemplate("<document><p>{{v.constructor.name}}</p></document>")({ v: {} })).toThrow(/not defined/);
  });

  it("a misspelt field is an error, not silent empty text", () => {
    expect(() => compileTemplate("<document><p>{{misspelt}}</p></document>")({})).toThrow(/not defined/);
  });

  it("reports unknown elements and malformed markup as template errors", () => {
    expect(parseMarkup("<document><script>x</script></document>").issues[0]).toMatchObject({ code: "template_error" });
    expect(parseMarkup("<document><p>unclosed</document>").issues[0]).toMatchObject({ code: "template_error" });
    expect(parseMarkup("<document>stray text</document>").issues[0]).toMatchObject({ code: "template_error" });
  });
});
