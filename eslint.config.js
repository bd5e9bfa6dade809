// Lint rules: typescript-eslint recommended, plus a ban on triple-stash-free code smells we care about.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "out/", "node_modules/", "coverage/", ".scratch/"] },
  js.configs.recommended,
  { files: ["**/*.cjs"], languageOptions: { globals: { module: "writable", require: "readonly" } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "ExportAllDeclaration", message: "Use an explicit export list (style.md: no export *)." },
      ],
    },
  },
);
