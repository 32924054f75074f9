import { sqliteTestDb } from "../helpers/db";
import { collectJobsSuite } from "./collect-jobs.suite";

collectJobsSuite("SQLite", sqliteTestDb);
