// Writes examples/portfolio.xlsx from examples/portfolio.json in the documented
// workbook layout (Read me, Assets, Company sheets), so the spreadsheet and the
// JSON example never drift apart. Run it after a build:
//   npm run build && node examples/write-portfolio-workbook.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { PortfolioSchema, parseInput } from '@leaseback/domain';
import { readPortfolioWorkbook, writePortfolioWorkbook } from '@leaseback/workbook';

const examplesDirectory = new URL('./', import.meta.url);
const json = JSON.parse(await readFile(new URL('portfolio.json', examplesDirectory), 'utf8'));
const portfolio = parseInput(PortfolioSchema, json, { subject: 'examples/portfolio.json' });
const bytes = await writePortfolioWorkbook(portfolio);

// Refuse to write a workbook that would not read back as the same portfolio.
const reading = await readPortfolioWorkbook(bytes);
if (!reading.ok || JSON.stringify(reading.portfolio) !== JSON.stringify(portfolio)) {
  console.error('The workbook does not read back as examples/portfolio.json:', reading.ok ? 'values differ' : reading.problems);
  process.exit(1);
}
await writeFile(new URL('portfolio.xlsx', examplesDirectory), bytes);
console.log(`Wrote examples/portfolio.xlsx (${portfolio.assets.length} assets, ${bytes.length} bytes).`);
