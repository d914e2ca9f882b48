export { evaluateDrag, type DragView, type TpAlternatives, type VariantView } from './drag-view';
export { evaluateSettled, type SettledView } from './settled-view';
