/** More rows than any spreadsheet program holds (1,048,576): a CSV this long is refused. */
export const MAX_GRID_ROWS = 1_100_000;
/**
 * The XML inside one workbook, all parts together: far beyond a 1,048,576-row sheet of short
 * cells, and short of what would exhaust the backend's memory (a zip bomb).
 */
export const MAX_WORKBOOK_XML_BYTES = 2 * 1024 * 1024 * 1024;
