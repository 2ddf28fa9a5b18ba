#!/usr/bin/env bash
# The bundled default model on the UTKFace test split, through gender_evaluate and through gender_predict --cropped; the two must agree.
# Run from the repository root: bash reports/bundled-model/run.sh
set -euo pipefail
out=reports/bundled-model
model=gender_nbdev/assets/gender_model.safetensors
start=$(date +%s)
gender_evaluate $model ../shared/data/utkface --split test --out $out/evaluate --quiet | tee $out/evaluate.txt
t1=$(date +%s)
python -c "import pandas as pd; m = pd.read_csv('../shared/data/utkface/manifest.csv'); print('\n'.join('../shared/data/utkface/' + m[m.split == 'test'].path))" > /tmp/utk_test_paths.txt
rm -f $out/predict_cropped.csv  # a fresh file: --resume would keep the rows of an earlier model
xargs -a /tmp/utk_test_paths.txt -s 2000000 gender_predict --cropped --model $model --out $out/predict_cropped.csv --quiet
t2=$(date +%s)
python tools/compare_predictions.py $out/evaluate/predictions.csv $out/predict_cropped.csv > $out/agreement.md
echo "wall time: gender_evaluate $((t1 - start)) s, gender_predict --cropped $((t2 - t1)) s (3,554 faces)" | tee -a $out/agreement.md
