import { findModel, type ModelArchitecture, type ModelPreset } from '../model';

/** A catalogue model by id; a test that names a missing one fails loudly. */
export function modelPreset(id: string): ModelPreset {
  const found = findModel(id);
  if (!found) throw new Error(`no model preset ${id}`);
  return found;
}

export const presetArchitecture = (id: string): ModelArchitecture => modelPreset(id).architecture;
