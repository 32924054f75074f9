import { sqliteTestDb } from "../helpers/db";
import { jobsSuite } from "./jobs.suite";

jobsSuite("SQLite", sqliteTestDb, { twoClients: false });
