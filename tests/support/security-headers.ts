import { readFileSync } from 'node:fs';
import { builds } from './site';

/**
 * The headers the build tells a host to send (dist/_headers: public/_headers with the hashes of the pages' inline
 * scripts and styles filled in), as a name → value map with lower-case names.
 */
export function readBuiltHeaders(outDir: string = builds.root.outDir): Record<string, string> {
	return Object.fromEntries(
		readFileSync(`${outDir}/_headers`, 'utf8')
			.split('\n')
			.filter((line) => /^\s+[A-Za-z-]+: /.test(line))
			.map((line) => {
				const [name, ...value] = line.trim().split(': ');
				return [name!.toLowerCase(), value.join(': ')];
			})
	);
}
