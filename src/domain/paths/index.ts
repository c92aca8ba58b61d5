export { countPaths, enumeratePaths, type MachinePath } from './enumerate';
