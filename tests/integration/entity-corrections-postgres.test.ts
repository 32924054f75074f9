import { describe, it } from "vitest";
import { postgresTestDb } from "../helpers/db";
import { entityCorrectionsSuite } from "./entity-corrections.suite";

const url = process.env.TEST_DATABASE_URL;
if (url) entityCorrectionsSuite("PostgreSQL", () => postgresTestDb(url));
// Without TEST_DATABASE_URL this suite is reported as skipped, never silently green: .ci/run sets it.
else describe.skip("place and actor corrections (PostgreSQL): set TEST_DATABASE_URL to run", () => it("runs against PostgreSQL", () => {}));
