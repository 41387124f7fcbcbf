// The linter of the map page's scripts (geo/map_assets/*.js): `npm install`, then
// `npx eslint geo/map_assets` (tests/test_mapping.py runs it when it is installed).
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["geo/map_assets/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: {...globals.browser, L: "readonly"},
    },
    rules: {
      "no-unused-vars": ["error", {args: "after-used", caughtErrors: "none"}],
      "no-var": "error",
      "prefer-const": "error",
      "eqeqeq": ["error", "always"],
      "no-implicit-globals": "error",
      // Article text must never be parsed as HTML: write it as text, never as markup.
      "no-restricted-properties": ["error",
        {property: "innerHTML", message: "Use textContent or geo.node: text is never HTML."},
        {property: "outerHTML", message: "Use textContent or geo.node: text is never HTML."},
        {property: "insertAdjacentHTML", message: "Text is never HTML."},
        {object: "document", property: "write", message: "Text is never HTML."}],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
];
