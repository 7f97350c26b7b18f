// duckdb.mjs - run one SQL file through DuckDB (the @duckdb/node-api
// package, which ships the DuckDB library) for make bench.
//
//   node duckdb.mjs NODE_PREFIX SQL_FILE INPUT [OUTPUT]
//
// NODE_PREFIX is the folder whose node_modules holds @duckdb/node-api
// (BENCH_DIR).  In the SQL, {IN} is replaced by INPUT and {OUT} by
// OUTPUT (default /dev/stdout); statements are separated by ";" at the
// end of a line.  DuckDB runs with 2 threads, as the issue compares.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [prefix, sqlFile, input, output = '/dev/stdout'] = process.argv.slice(2);
if (!prefix || !sqlFile || !input) {
	console.error('usage: node duckdb.mjs NODE_PREFIX SQL_FILE INPUT [OUTPUT]');
	process.exit(64);
}
const require = createRequire(resolve(prefix) + '/');
const { DuckDBInstance } = require('@duckdb/node-api');
const quote = (s) => s.replaceAll("'", "''");
const sql = readFileSync(sqlFile, 'utf8')
	.replaceAll('{IN}', quote(input))
	.replaceAll('{OUT}', quote(output));
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await instance.connect();
await con.run('SET threads=2');
for (const stmt of sql.split(/;\s*\n/)) {
	if (stmt.replace(/--.*$/gm, '').trim() !== '')
		await con.run(stmt);
}
con.closeSync?.();
