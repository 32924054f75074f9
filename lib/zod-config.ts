// Imported first by every module whose zod schemas run in the browser. No `new Function` probe: the
// Content-Security-Policy (proxy.ts) forbids eval, and zod's probe, though caught, is reported as a
// policy violation on every page that parses filters.
import { z } from "zod";

z.config({ jitless: true });
