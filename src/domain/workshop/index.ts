export { averageRanks } from './average-ranks';
export { kendallW } from './kendall-w';
