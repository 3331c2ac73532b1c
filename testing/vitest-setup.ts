import { assertTestDatabase } from "./test-database";

assertTestDatabase(process.env.DATABASE_URL);
