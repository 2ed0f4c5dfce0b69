import type { Detector } from '../detectors/detector';
import { secretsCatalogue } from './catalogue';
import { findSecretsInFile } from './engine';

export const secretsDetector: Detector = {
  name: 'secrets',
  rules: secretsCatalogue(),
  wants: () => true,
  detect: (file, ctx) => findSecretsInFile(file, ctx.config),
};
