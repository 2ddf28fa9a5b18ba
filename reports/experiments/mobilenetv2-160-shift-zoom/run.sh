#!/usr/bin/env bash
# The experiment of reports/experiments/mobilenetv2-160-shift-zoom, from the repository root: bash reports/experiments/mobilenetv2-160-shift-zoom/run.sh
# (about 70 minutes of training and 10 of measuring on 2 cores). The model it starts from is the bundled model as of this report
# (commit 509f143: git show 509f143:gender_nbdev/assets/gender_model.safetensors), copied to runs/bundled-509f143 first.
set -euo pipefail
mkdir -p runs && git show 509f143:gender_nbdev/assets/gender_model.safetensors > runs/bundled-509f143.safetensors && git show 509f143:gender_nbdev/assets/gender_model.json > runs/bundled-509f143.json
TORCH_HOME=../shared/torch-hub gender_train ../shared/data/utkface --out runs/utk-160 --init runs/bundled-509f143.safetensors --size 160 --epochs 8 --schedule onecycle --lr 3e-4 --bs 64 --ema 0.998 --bf16 --tta --shift 0.05 --zoom 0.1 --seed 11
python tools/compare_models.py runs/bundled-509f143.safetensors runs/utk-160/model.safetensors --split valid
python tools/robustness.py runs/bundled-509f143.safetensors ../shared/data/utkface /tmp/rob/ft --n 600 --split valid
python tools/robustness.py runs/utk-160/model.safetensors ../shared/data/utkface /tmp/rob/r160 --n 600 --split valid
