export { countPaths, enumeratePaths, statesInOrder, type MachinePath } from './enumerate';
export { depthFirst, type Loop } from './depth-first';
