import { sqliteTestDb } from "../helpers/db";
import { synthWriteSuite } from "./synth-write.suite";

synthWriteSuite("SQLite", sqliteTestDb);
