import { sqliteTestDb } from "../helpers/db";
import { searchRollupSuite } from "./search-rollup.suite";

searchRollupSuite("SQLite", sqliteTestDb);
