#!/usr/bin/env bash
# Before/after comparison for group-balanced sampling: two runs identical but for --balance, evaluated on the same UTKFace test split.
# Reduced-cost setting so both fit on 2 CPU cores: MobileNetV2 (ImageNet V1 weights), 64x64 inputs, 3 one-cycle epochs.
# Run from the repository root: bash reports/fairness-mitigation/run.sh
set -euo pipefail
export TORCH_HOME=../shared/torch-hub
out=reports/fairness-mitigation
for mode in uniform balanced; do
  flag=$([ $mode = balanced ] && echo --balance || true)
  /usr/bin/time -v gender_train ../shared/data/utkface --out runs/mitigation-$mode --arch mobilenet_v2 --weights IMAGENET1K_V1 \
    --size 64 --epochs 3 --schedule onecycle --seed 42 $flag > runs/mitigation-$mode.train.log 2> runs/mitigation-$mode.time.log
  gender_evaluate runs/mitigation-$mode/model.safetensors ../shared/data/utkface --split test --out $out/$mode --quiet
  cp runs/mitigation-$mode/model.json runs/mitigation-$mode/history.csv $out/$mode/
  grep "Elapsed (wall clock)" runs/mitigation-$mode.time.log > $out/$mode/train_wall_time.txt
done
# audits of both, and the before/after comparison
gender_fairness --predictions $out/uniform/predictions.csv -o $out/uniform
gender_fairness --predictions $out/balanced/predictions.csv -o $out/balanced --compare $out/uniform
cp $out/balanced/comparison.md $out/comparison.md
