import { cssString } from '../text/html';

/**
 * The memo's one stylesheet, for the screen and for the browser's Save as PDF.
 *
 * Printing: margins that fit both A4 and US Letter; the banner in the top and
 * bottom page-margin boxes, so it is on every page (Chromium 131 and later
 * print margin boxes, and then leave out their own header and footer), with
 * "Page N of M" beside the bottom one. `print-color-adjust: exact` keeps the
 * chart's colours and the table shading even when "Background graphics" is
 * off, as it is by default. Headings stay with what follows them, and no
 * table row, figure or decision line is split across pages.
 *
 * The banner also stands in the page itself at the top and the bottom: on
 * screen it is the only one, and a browser that does not print margin boxes
 * still carries it on the first and last pages.
 */
export function memoStylesheet(banner: string): string {
  const marking = cssString(banner);
  return `
@page {
  margin: 22mm 19mm 20mm;
  @top-center { content: ${marking}; font: 700 9.5pt/1.2 "Liberation Sans", Arial, Helvetica, sans-serif; letter-spacing: 0.04em; color: #000; }
  @bottom-center { content: ${marking}; font: 700 9.5pt/1.2 "Liberation Sans", Arial, Helvetica, sans-serif; letter-spacing: 0.04em; color: #000; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8.5pt/1.2 "Liberation Sans", Arial, Helvetica, sans-serif; color: #333; }
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; color-scheme: light; }
body { margin: 0; background: #fff; color: #111; font: 11pt/1.45 "Liberation Serif", "Times New Roman", Times, serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
.banner { margin: 0; padding: 0.35rem 1rem; border-block: 2px solid #111; text-align: center; font: 700 10pt/1.3 "Liberation Sans", Arial, Helvetica, sans-serif; letter-spacing: 0.04em; }
h1, h2, h3, figcaption, th { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; }
h1, h2, h3 { break-after: avoid; break-inside: avoid; }
h1 { font-size: 16pt; margin: 0.5rem 0 0.6rem; }
h2 { font-size: 13pt; margin: 1.4rem 0 0.4rem; padding-bottom: 0.1rem; border-bottom: 1px solid #888; }
h3 { font-size: 11.5pt; margin: 1rem 0 0.3rem; }
p { margin: 0.4rem 0; orphans: 3; widows: 3; }
ul, ol { margin: 0.3rem 0 0.5rem; padding-left: 1.6rem; }
li { margin: 0.15rem 0; }
bdi { overflow-wrap: break-word; }
table { width: 100%; margin: 0.5rem 0 0.7rem; border-collapse: collapse; font-size: 10pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { padding: 0.2rem 0.4rem; border: 1px solid #999; text-align: left; vertical-align: top; }
th { background: #ececec; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
table.heading-block { width: auto; font-size: 11pt; }
table.heading-block th, table.heading-block td { border: none; background: none; padding: 0.05rem 0.8rem 0.05rem 0; }
figure { margin: 0.6rem 0; break-inside: avoid; }
caption { caption-side: bottom; text-align: left; font-size: 9.5pt; padding-top: 0.2rem; }
figcaption { font-weight: 700; font-size: 10.5pt; margin-bottom: 0.3rem; }
figure svg:not(.swatch) { display: block; width: 100%; height: auto; font-family: "Liberation Sans", Arial, Helvetica, sans-serif; }
.legend { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin: 0.3rem 0 0; padding: 0; list-style: none; font-size: 9.5pt; }
.legend .swatch { vertical-align: -1px; margin-right: 0.3rem; }
.decision { margin: 0.5rem 0; padding: 0; list-style: none; }
.decision li { display: flex; align-items: flex-end; gap: 0.6rem; margin: 1.1rem 0; break-inside: avoid; }
.decision .blank { flex: 0 0 12rem; height: 1.2em; border-bottom: 1px solid #111; }
@media print {
  main { max-width: none; padding: 0; }
  h2 { margin-top: 1rem; }
}
`;
}
