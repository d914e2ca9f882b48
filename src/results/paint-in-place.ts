import { niceAxisMax } from '../lib/chart-scale';
import { VARIANTS, type Segment } from '../model';
import type { DragView, VariantView } from './drag-view';

/** What of a chart's page besides its numbers: the elements drawn, and what they say. */
function variantShape(view: VariantView, shownSegments: readonly Segment[]): string {
  const { memory } = view;
  const filled = shownSegments.filter((segment) =>
    memory.gpus.some((gpu) => gpu.segments[segment] > 0),
  );
  return [
    view.version,
    memory.gpus.length,
    memory.fits,
    view.serving,
    view.headroomShort,
    view.problem?.kind ?? '',
    view.findings.map((finding) => finding.kind).join(','),
    view.vocabReplicated,
    view.stranded > 0.005,
    view.vision ? `${String(view.vision.total)}@${view.vision.placement}` : '',
    filled.join(','),
  ].join('|');
}

/**
 * Whether `after` can be painted over a page rendered for `before` by rewriting numbers alone:
 * bar paths, figures and sentences whose words stay. True when the same elements stand in the
 * same places: the same versions, GPUs, axis, limit line, segments, warnings and refusals, and
 * no out-of-memory notice, whose sentence names the inputs. A drag between such scenarios
 * repaints in place; any other change goes through a full render.
 */
export function paintsInPlace(before: DragView, after: DragView): boolean {
  if (before === after) return true;
  if (
    before.model.name !== after.model.name ||
    before.sizes !== after.sizes ||
    before.weights !== after.weights ||
    before.inputs.S !== after.inputs.S ||
    before.inputs.E !== after.inputs.E ||
    before.inputs.P !== after.inputs.P ||
    before.tp.gpuMemory !== after.tp.gpuMemory ||
    niceAxisMax(before.axisMax) !== niceAxisMax(after.axisMax) ||
    before.shownSegments.join(',') !== after.shownSegments.join(',')
  ) {
    return false;
  }
  return VARIANTS.every(
    (variant) =>
      before.variants[variant].problem === null &&
      after.variants[variant].problem === null &&
      variantShape(before.variants[variant], before.shownSegments) ===
        variantShape(after.variants[variant], after.shownSegments),
  );
}
