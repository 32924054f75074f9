import { sqliteTestDb } from "../helpers/db";
import { entityCorrectionsSuite } from "./entity-corrections.suite";

entityCorrectionsSuite("SQLite", sqliteTestDb);
