/**
 * The server's Content-Security-Policy allows no eval. Zod probes for it with `new Function`, which a
 * strict policy reports as a violation even though the error is caught; without JIT it never probes.
 * Imported first by main.tsx, since a schema built earlier would already have chosen JIT.
 */
import { z } from "zod";

z.config({ jitless: true });
