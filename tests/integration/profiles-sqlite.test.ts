import { sqliteTestDb } from "../helpers/db";
import { profilesSuite } from "./profiles.suite";

profilesSuite("SQLite", sqliteTestDb);
