import { sqliteTestDb } from "../helpers/db";
import { corpusSuite } from "./corpus.suite";

corpusSuite("SQLite", sqliteTestDb);
