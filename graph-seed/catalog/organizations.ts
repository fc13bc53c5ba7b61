/** International bodies, government seats used as actors (`الكرملين`), agencies and armed groups. */
import { readCatalog } from "./load.ts";
import { type OrganizationData, organizationSchema } from "./schema.ts";
import type { CatalogEntry } from "./types.ts";

function toOrganization(o: OrganizationData): CatalogEntry {
  const entry: CatalogEntry = { id: o.id, type: "Organization", name: o.name, aliases: o.aliases };
  if (o.weakAliases) entry.weakAliases = o.weakAliases;
  return entry;
}

export const ORGANIZATIONS_READ = readCatalog("organizations.json", organizationSchema, toOrganization);
export const ORGANIZATIONS: CatalogEntry[] = ORGANIZATIONS_READ.map((e) => e.data);
