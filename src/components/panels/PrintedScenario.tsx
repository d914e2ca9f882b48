import { useTranslation } from 'react-i18next';
import { formatPlain } from '../../lib/format';
import { useSettledView } from '../../state/views';

/** On paper the input panel is left out, so the inputs are stated in one line instead. */
export function PrintedScenario() {
  const { i18n } = useTranslation();
  const { model, inputs, tp } = useSettledView();
  const n = (value: number) => formatPlain(value, i18n.language);
  return (
    <p className="hidden text-sm print:block">
      {model.name} · T = {n(inputs.T)} GiB · S = {n(inputs.S)} GiB · E = {n(inputs.E)} GiB · λ ={' '}
      {n(inputs.lambda)} · P = {n(inputs.P)} · O = {n(tp.overhead)} GiB · session_len ={' '}
      {n(inputs.len)}
    </p>
  );
}
