import type { Detector } from '../detectors/detector';
import { findSecretsInFile } from './engine';
import { secretRules } from './rules/index';

export const secretsDetector: Detector = {
  name: 'secrets',
  rules: secretRules.map((r) => ({ id: r.id, category: 'secret', severity: r.severity, description: r.description })),
  wants: () => true,
  detect: (file) => findSecretsInFile(file),
};
