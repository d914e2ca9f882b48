export { evaluateDrag, type DragView, type VariantView } from './drag-view';
export { evaluateSettled, type SettledView } from './settled-view';
