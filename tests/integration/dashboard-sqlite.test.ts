import { sqliteTestDb } from "../helpers/db";
import { dashboardSuite } from "./dashboard.suite";

dashboardSuite("SQLite", sqliteTestDb);
