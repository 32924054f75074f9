import { sqliteTestDb } from "../helpers/db";
import { eventEditsSuite } from "./event-edits.suite";

eventEditsSuite("SQLite", sqliteTestDb);
