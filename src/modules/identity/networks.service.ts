// Networks: listing and reading. Managing members and invitations lives in members.service.ts.
import type { Deps } from "../../platform/http/context.ts";
import { listNetworksWithCounts } from "./networks.repo.ts";

export type NetworkSummary = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  organisationCount: number;
};

export async function listNetworks(deps: Deps): Promise<NetworkSummary[]> {
  const rows = await listNetworksWithCounts(deps.db);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    organisationCount: Number(r.organisation_count),
  }));
}
