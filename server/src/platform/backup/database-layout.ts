import type { Sql } from '../db';

/** One table as a backup reads and restores it. */
export type TableLayout = {
  name: string;
  /** Stored columns in their order (generated columns are left out: the target computes them). */
  columns: string[];
  /** Primary key columns: the order rows are read in. Empty when the table has none. */
  key: string[];
};

export type SequenceState = { name: string; lastValue: string; isCalled: boolean };

/** `"name"` with quotes doubled: table and column names come from the catalog, never from a request. */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table of the current schema, parents before the tables whose foreign keys point at them, so rows can be
 * inserted in this order without deferring a constraint. Ties are broken by name, so the order is stable.
 */
export async function readTables(sql: Sql): Promise<TableLayout[]> {
  const columns = await sql<{ table: string; column: string }[]>`
    select c.relname as table, a.attname as column
      from pg_attribute a join pg_class c on c.oid = a.attrelid
     where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
       and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     order by c.relname, a.attnum`;
  const keys = await sql<{ table: string; columns: string[] }[]>`
    select c.relname as table, array_agg(a.attname::text order by k.ord) as columns
      from pg_index i
      join pg_class c on c.oid = i.indrelid
      cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
     where i.indisprimary and c.relnamespace = current_schema()::regnamespace
     group by c.relname`;
  const references = await sql<{ child: string; parent: string }[]>`
    select child.relname as child, parent.relname as parent
      from pg_constraint k
      join pg_class child on child.oid = k.conrelid
      join pg_class parent on parent.oid = k.confrelid
     where k.contype = 'f' and k.connamespace = current_schema()::regnamespace`;
  const byName = new Map<string, TableLayout>();
  for (const { table, column } of columns) {
    const layout = byName.get(table) ?? { name: table, columns: [], key: [] };
    layout.columns.push(column);
    byName.set(table, layout);
  }
  for (const { table, columns: key } of keys) {
    const layout = byName.get(table);
    if (layout) layout.key = key;
  }
  return inForeignKeyOrder([...byName.keys()], references).map((name) => byName.get(name) as TableLayout);
}

/** Kahn's topological sort; a table that references itself is fine, a cycle between tables is not. */
export function inForeignKeyOrder(tables: string[], references: { child: string; parent: string }[]): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of references) {
    if (child !== parent) parents.get(child)?.add(parent);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...(parents.get(t) ?? [])].every((p) => placed.has(p)));
    if (ready.length === 0) {
      const left = tables.filter((t) => !placed.has(t));
      throw new Error(`foreign keys form a cycle between ${left.join(', ')}: no order to restore them in`);
    }
    ready.sort();
    const next = ready[0] as string;
    order.push(next);
    placed.add(next);
  }
  return order;
}

/** Every sequence of the current schema with where it stands (the audit log's ids, for one). */
export async function readSequences(sql: Sql): Promise<SequenceState[]> {
  const names = await sql<{ name: string }[]>`
    select c.relname as name from pg_class c
     where c.relkind = 'S' and c.relnamespace = current_schema()::regnamespace order by 1`;
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [row] = await sql.unsafe<{ lastValue: string; isCalled: boolean }[]>(
      `select last_value::text as "lastValue", is_called as "isCalled" from ${quoteIdent(name)}`,
    );
    if (row) states.push({ name, lastValue: row.lastValue, isCalled: row.isCalled });
  }
  return states;
}

/** Names of the tables in the current schema: none means an empty database a backup may be restored into. */
export async function listTableNames(sql: Sql): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select c.relname as name from pg_class c
     where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') order by 1`;
  return rows.map((r) => r.name);
}
