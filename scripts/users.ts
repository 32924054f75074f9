// npm run users -- add EMAIL [--admin | --editor | --viewer]   (default: --editor)
//                  list
// `add` creates the account, or resets the password and role of an existing one (signing it out
// everywhere), and prints a one-time password to hand to its owner. Exit status 2 for a usage error.
import { addUser } from "../lib/auth/accounts";
import { ROLES, type Role } from "../lib/auth/roles";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { readEnv } from "../lib/env";

const USAGE = "usage: npm run users -- add EMAIL [--admin|--editor|--viewer]  |  npm run users -- list";

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const env = readEnv();
  if (command !== "add" && command !== "list") {
    console.error(USAGE);
    process.exit(2);
  }
  await migrate(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    if (command === "list") {
      for (const u of await db.user.findMany({ orderBy: { email: "asc" } })) console.log(`${u.email}\t${u.role}\t${u.createdAt.toISOString()}`);
      return;
    }
    const email = rest.find((a) => !a.startsWith("--"));
    const flags = rest.filter((a) => a.startsWith("--")).map((a) => a.slice(2));
    const unknown = flags.filter((f) => !(ROLES as readonly string[]).includes(f));
    if (!email || unknown.length || flags.length > 1) {
      console.error(unknown.length ? `unknown option: --${unknown[0]}\n${USAGE}` : USAGE);
      process.exit(2);
    }
    const role = (flags[0] ?? "editor") as Role;
    const { password, created } = await addUser(db, email, role);
    console.log(`${created ? "created" : "reset"} ${email.trim().toLowerCase()} (${role})`);
    console.log(`one-time password: ${password}`);
    console.log("It is shown only now; hand it over privately.");
  } catch (error) {
    console.error(`users: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

main();
