/** More rows than any spreadsheet program holds (1,048,576): a CSV this long is refused. */
export const MAX_GRID_ROWS = 1_100_000;
