export * from './schema';
export { resolvePlan, supervisionMode } from './matrix';
export { drawInspectionList, type DrawCandidate, type DrawOptions, type InspectionList, type ModeDraw } from './draw';
