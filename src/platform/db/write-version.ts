// A counter bumped around every write that goes through Kysely (`deps.db`), in this process. What is cached
// until the next write (the anonymous render cache, http/render-cache.ts; coalesced reads,
// coalesce.ts) is valid while the counter has not moved. A plugin handed to openDatabase by the
// runtime, so the database layer knows nothing of HTTP; `deps.dbQuiet` is the same database without
// it, for writes no page shows (deps.ts, decision 0029).
import {
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  RawNode,
  type RootOperationNode,
  SelectQueryNode,
  type UnknownRow,
} from "kysely";

let version = 0;

/** Called on every write; call it after any other change that alters what anonymous visitors see
 * without going through the database (it drops every page the render cache holds). */
export function bumpWriteVersion(): void {
  version++;
}

export const writeVersion = (): number => version;

const READ_ONLY_RAW = /^\s*(select|show|explain|values)\b/i;
const WITH_RAW = /^\s*with\b/i;
const MODIFYING = /\b(insert|update|delete|merge)\b/i;
const MODIFYING_NODES = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode", "MergeQueryNode"]);

/** Whether raw SQL, with the fragments and queries nested in it, names a data-modifying statement. */
function modifies(node: OperationNode): boolean {
  if (MODIFYING_NODES.has(node.kind)) return true;
  if (SelectQueryNode.is(node)) return isWrite(node);
  if (!RawNode.is(node)) return false;
  return node.sqlFragments.some((f) => MODIFYING.test(f)) || node.parameters.some(modifies);
}

function isWrite(node: RootOperationNode): boolean {
  switch (node.kind) {
    case "SelectQueryNode":
      // `with x as (insert … returning …) select …` writes; a CTE that only reads does not (the
      // search's statements are a dozen CTEs: counted as writes, every search emptied the cache).
      return node.with?.expressions.some((cte) => modifies(cte.expression)) ?? false;
    case "RawNode":
      // The same for raw SQL that begins with `with`: a write if a data-modifying keyword appears in
      // its text (`for update` too, which only costs an invalidation).
      if (WITH_RAW.test(node.sqlFragments[0] ?? "")) return modifies(node);
      return !READ_ONLY_RAW.test(node.sqlFragments[0] ?? "");
    default:
      // Insert, update, delete, merge, and every DDL node.
      return true;
  }
}

/** Bumps the version around every write that goes through Kysely. */
export class WriteVersionPlugin implements KyselyPlugin {
  readonly #writes = new WeakSet<object>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (isWrite(args.node)) {
      this.#writes.add(args.queryId);
      version++;
    }
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    // Again once the statement has run: a page rendered in between read the old rows.
    if (this.#writes.has(args.queryId)) version++;
    return args.result;
  }
}
