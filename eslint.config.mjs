import next from "eslint-config-next";

const config = [
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "next-env.d.ts", "data/**"] },
  ...next,
];

export default config;
