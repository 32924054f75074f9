import { sqliteTestDb } from "../helpers/db";
import { ingestSuite } from "./ingest.suite";

ingestSuite("SQLite", sqliteTestDb);
