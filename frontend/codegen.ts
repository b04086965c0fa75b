import type { CodegenConfig } from "@graphql-codegen/cli";

// Types for every operation in src/, from the committed schema (the API's source of truth).
// `make lint` fails when src/graphql/ is stale.
const config: CodegenConfig = {
  // /auth/graphql (refresh, log out) is called by src/auth/authApi.ts with its own small types.
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/graphql/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/graphql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", JSON: "unknown" },
        skipTypename: false,
      },
    },
  },
};

export default config;
