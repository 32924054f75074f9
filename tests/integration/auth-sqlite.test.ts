import { sqliteTestDb } from "../helpers/db";
import { authSuite } from "./auth.suite";

authSuite("SQLite", sqliteTestDb);
