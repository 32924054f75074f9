import { sqliteTestDb } from "../helpers/db";
import { analystFiltersSuite } from "./analyst-filters.suite";

analystFiltersSuite("SQLite", sqliteTestDb);
