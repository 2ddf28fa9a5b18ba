#!/usr/bin/env bash
# The bundled model on degraded and re-detected UTKFace test faces. Run from the repository root: bash reports/robustness/run.sh
set -euo pipefail
python tools/robustness.py gender_nbdev/assets/gender_model.safetensors ../shared/data/utkface reports/robustness
