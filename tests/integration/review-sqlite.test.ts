import { sqliteTestDb } from "../helpers/db";
import { reviewSuite } from "./review.suite";

reviewSuite("SQLite", sqliteTestDb);
