import { sqliteTestDb } from "../helpers/db";
import { exportGoldSuite } from "./export-gold.suite";

exportGoldSuite("SQLite", sqliteTestDb);
