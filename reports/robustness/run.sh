#!/usr/bin/env bash
# The bundled model on degraded and re-detected UTKFace test faces (1,000 of the test split, seed 0: about 10 minutes on 2 cores). Run from the repository root: bash reports/robustness/run.sh
set -euo pipefail
python tools/robustness.py gender_nbdev/assets/gender_model.safetensors ../shared/data/utkface reports/robustness --n 1000
