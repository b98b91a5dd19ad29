import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // The business layer never imports React or the UI (STYLE.md).
    files: ["lib/**/*.ts", "db/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["react", "react-dom", "@/components/*", "@/app/*"], message: "lib/ and db/ must not depend on the UI" }] }],
    },
  },
  {
    // Components reach data through server actions and lib verbs, never the database.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/db/*", "@/db/client"], message: "components must not import the database", allowTypeImports: true }] },
      ],
    },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", ".data/**", ".data-*/**", "test-results/**", "playwright-report/**"]),
]);
