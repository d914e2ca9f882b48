import readme from '../../README.md?raw';

/**
 * The cells of the README's table between `<!-- name -->` and `<!-- /name -->`, header and
 * rule left out, each cell trimmed; empty when the markers are missing. Tests hold these
 * tables to the code so that the README stays true.
 */
export function readmeTable(name: string): string[][] {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return [];
  return readme
    .slice(from + start.length, to)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replaceAll('\\|', '|')),
    );
}

/** What a table cell shows inside backticks, one entry per code span. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/(`+)\s?(.+?)\s?\1/g)].map((match) => match[2] ?? '');
}

/** The table as Markdown, for a failure message that can be pasted into the README. */
export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  return [header, header.map(() => '---'), ...rows]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');
}
