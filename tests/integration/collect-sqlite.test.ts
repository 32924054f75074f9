import { sqliteTestDb } from "../helpers/db";
import { collectSuite } from "./collect.suite";

collectSuite("SQLite", sqliteTestDb);
